from __future__ import annotations

import time

from ingest_helpers import split

from storyline.ingest import read_documents, read_feed

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>The Daily Test</title><link>https://daily.test/</link>
<item><title>Harbour reopens</title><link>https://daily.test/harbour</link>
<pubDate>Tue, 02 Jan 2024 10:30:00 +0100</pubDate><author>ed@daily.test (Ed Smith)</author>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>The harbour <b>reopened</b> today.</p>]]></content:encoded></item>
<item><title>Plain one</title><link>https://daily.test/plain</link><description>Just words here.</description></item>
<item><title>Link only</title><link>https://daily.test/bare</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Times</title>
<entry><title>Bridge vote</title><link href="https://atom.test/bridge"/><id>urn:1</id>
<updated>2023-05-06T07:08:09Z</updated><author><name>Ann Lee</name></author>
<content type="html">&lt;p&gt;Council voted.&lt;/p&gt;</content></entry>
<entry><title>Text entry</title><id>urn:2</id><updated>2023-05-07T00:00:00Z</updated>
<summary type="text">A plain summary.</summary></entry>
</feed>"""


def test_rss_items_become_documents_with_metadata(tmp_path):
    path = tmp_path / "a.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_feed(path))
    docs, fails = split(items)
    assert [d.record for d in docs] == ["item 1", "item 2"]
    first = docs[0]
    assert (first.kind, first.content) == ("html", "<p>The harbour <b>reopened</b> today.</p>")
    assert first.metadata["title"] == "Harbour reopens"
    assert first.metadata["url"] == "https://daily.test/harbour"
    assert first.metadata["outlet"] == "The Daily Test"
    assert first.metadata["published"] == "2024-01-02T10:30:00+01:00"  # the offset it was written with
    assert first.metadata["author"] == "Ed Smith"  # the name, not the RSS 2.0 e-mail form around it
    assert (docs[1].kind, docs[1].content) == ("text", "Just words here.")
    assert [(f.record, f.error) for f in fails] == [("item 3", "empty")]
    assert "read_urls" in fails[0].message


def test_atom_entries_become_documents(tmp_path):
    path = tmp_path / "a.atom"
    path.write_text(ATOM, encoding="utf-8")
    docs, fails = split(read_feed(path))
    assert not fails
    assert [(d.kind, d.content) for d in docs] == [("html", "<p>Council voted.</p>"), ("text", "A plain summary.")]
    assert docs[0].metadata == {"title": "Bridge vote", "url": "https://atom.test/bridge", "outlet": "Atom Times",
                                "author": "Ann Lee", "published": "2023-05-06T07:08:09+00:00"}


def test_xml_is_read_only_when_it_is_a_feed(tmp_path):
    (tmp_path / "feed.xml").write_text(RSS, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>',
                                          encoding="utf-8")
    items = list(read_documents([tmp_path]))
    assert [(i.source.rsplit("/", 1)[1], getattr(i, "error", "ok")) for i in items] == [
        ("feed.xml", "ok"), ("feed.xml", "ok"), ("feed.xml", "empty"), ("sitemap.xml", "unsupported")]


def test_a_file_that_is_not_a_feed_is_malformed_and_the_batch_goes_on(tmp_path, good_pair):
    bad = tmp_path / "m.rss"
    bad.write_text("this is not xml at all", encoding="utf-8")
    items = list(read_documents([good_pair[0], bad, good_pair[1]]))
    assert [getattr(i, "error", "ok") for i in items] == ["ok", "malformed", "ok"]


def _feed_with(content: str) -> bytes:
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>t</title>'
            f"<description><![CDATA[{content}]]></description></item></channel></rss>").encode()


def test_hostile_item_markup_takes_linear_time(tmp_path):
    # with feedparser's sanitizer on, "<!--" * 20_000 took 0.53 s and grew super-linearly
    for n, hostile in enumerate(["<a " * 20_000, "<!--" * 40_000, "<div>" * 40_000, '<a b="' * 40_000]):
        path = tmp_path / f"h{n}.rss"
        path.write_bytes(_feed_with(hostile))
        started = time.monotonic()
        docs, _fails = split(read_feed(path))
        assert time.monotonic() - started < 2.0
        assert len(docs) == 1 and docs[0].content == hostile.strip()


def test_hostile_markup_in_a_malformed_feed_takes_linear_time(tmp_path):
    # not well-formed XML sends feedparser to its sgmllib-based loose parser
    path = tmp_path / "loose.rss"
    path.write_bytes(b'<rss version="2.0"><channel><title>F &bogus;</title><item><title>t</title><description>'
                     + b"<a " * 40_000 + b"</description></item></channel></rss>")
    started = time.monotonic()
    list(read_feed(path))
    assert time.monotonic() - started < 5.0


def test_billion_laughs_does_not_expand(tmp_path):
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    path = tmp_path / "bomb.rss"
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE r [{"".join(levels)}]><rss version="2.0"><channel>'
                    f"<title>&lol9;</title><item><title>x</title><description>&lol9; and more</description></item>"
                    f"<item><title>y</title><description>fine</description></item></channel></rss>",
                    encoding="utf-8")
    started = time.monotonic()
    items = list(read_feed(path))
    # expat's own amplification guard alone took 1.9 s here; with the subset cut it is instant
    assert time.monotonic() - started < 1.0
    assert sum(len(getattr(i, "content", "")) for i in items) < 10_000
    assert items[-1].content == "fine"


def test_external_entities_are_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    path = tmp_path / "xxe.rss"
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>'
                    f'<rss version="2.0"><channel><title>T</title><item><title>a</title>'
                    f"<description>before &x; after</description></item></channel></rss>", encoding="utf-8")
    assert all("TOP SECRET" not in getattr(i, "content", "") for i in read_feed(path))


def test_feed_over_the_limit_is_a_failure(tmp_path):
    path = tmp_path / "big.rss"
    path.write_bytes(_feed_with("x" * 5000))
    docs, fails = split(read_feed(path, max_bytes=1000))
    assert not docs and fails[0].error == "too-large"


def test_the_internal_subset_is_cut_but_a_plain_doctype_kept():
    from storyline.ingest.feeds import strip_internal_subset

    assert strip_internal_subset(b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><rss/>') == \
        b'<?xml version="1.0"?><rss/>'
    plain = b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd"><rss/>'
    assert strip_internal_subset(plain) == plain


def _one_item_feed(description: str) -> bytes:
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            f"<item><title>Odd</title><description>{description}</description></item>"
            "<item><title>Plain</title><description>The bridge opened.</description></item>"
            "</channel></rss>").encode()


def test_a_reference_beyond_unicode_fails_its_item_only():
    from storyline.ingest import read_feed_bytes

    for reference in ("&#99999999999;", "&#x110000;", "&#99999999999", "&#" + "9" * 400 + ";"):
        docs, fails = split(read_feed_bytes(_one_item_feed(f"Before {reference} after."), source="w.rss"))
        assert [(f.record, f.error) for f in fails] == [("item 1", "malformed")], reference
        assert [d.content for d in docs] == ["The bridge opened."]


def test_surrogate_references_become_replacement_characters_with_a_note():
    from storyline.ingest import read_feed_bytes

    docs, fails = split(read_feed_bytes(_one_item_feed("Crowds &#xD800; cheered &#56320;."), source="w.rss"))
    assert not fails and docs[0].content == "Crowds \ufffd cheered \ufffd."
    assert "unicode_repaired" in docs[0].metadata and "unicode_repaired" not in docs[1].metadata
    docs[0].content.encode("utf-8")  # valid Unicode: encodes without error


def test_an_item_keeps_its_local_day_and_its_author_behind_a_long_domain():
    from storyline.ingest import read_feed_bytes

    # 22:20 at -0400 is 4 April in UTC, but the outlet's readers saw 3 April; feedparser's own split
    # of this <author> gives 'ple (Lena Voss'
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title>'
            b"<item><title>t</title><pubDate>Thu, 03 Apr 2025 22:20:00 -0400</pubDate>"
            b"<author>news@eastshore.example (Lena Voss)</author><description>Words here.</description></item>"
            b"<item><title>u</title><author>desk@eastshore.example</author><description>More.</description></item>"
            b"</channel></rss>")
    docs, fails = split(read_feed_bytes(feed, source="courier.rss"))
    assert not fails
    assert docs[0].metadata["published"] == "2025-04-03T22:20:00-04:00"
    assert docs[0].metadata["author"] == "Lena Voss"
    assert "author" not in docs[1].metadata  # an address alone names no one
