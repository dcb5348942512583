"""Bylines on the markup of CMSs not seen before (branch byline44): invented pages (fiction), gold written before
the first run; end to end through the cleaning stages."""
from clean.test_unseen_pages3 import clean, page


def test_a_ghost_byline_lists_the_co_author_its_json_ld_leaves_out():
    # Ghost's structured data names the primary author only; its {{authors}} helper prints every one
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", '
            '"author": {"@type": "Person", "name": "Ines Vaart"}, "datePublished": "2024-02-19T07:30:00.000Z"}</script>')
    above = ('<div class="article-byline"><ul class="author-list"><li><a href="/author/ines/" class="author-avatar">'
             '<img alt="Ines Vaart"></a></li></ul><h4 class="author-name"><a href="/author/ines/">Ines Vaart</a>, '
             '<a href="/author/teo/">Teo Marsh</a></h4><time datetime="2024-02-19">19 Feb 2024</time></div>')
    assert clean(page(head=head, above=above)).byline == "Ines Vaart; Teo Marsh"


def test_one_author_link_adds_no_one():
    head = '<meta name="author" content="Ines Vaart">'
    above = '<p class="byline">By <a href="/author/ines/">Ines Vaart</a> · <a href="/tag/ferries/">Ferries</a></p>'
    assert clean(page(head=head, above=above)).byline == "Ines Vaart"


def test_a_squarespace_author_filter_link_names_the_writer_over_an_author_field_naming_the_site():
    head = '<meta property="og:site_name" content="Vellin Herald"><meta itemprop="author" content="Vellin Herald">'
    above = ('<div class="blog-meta-section"><span class="blog-author"><a href="/news?author=5f3e2a" '
             'class="blog-author-name">Ruth Calder</a></span><time class="blog-date" datetime="2024-06-11">6/11/24</time></div>')
    assert clean(page(head=head, above=above)).byline == "Ruth Calder"


def test_a_link_whose_query_names_no_author_is_no_byline():
    from lxml import html

    from storyline.clean.cms_fields import is_archive_link

    assert is_archive_link("/?author=3") and is_archive_link("/blog?author=5f3e2a")
    assert not is_archive_link("/search?q=author") and not is_archive_link("/?author=")
    assert not is_archive_link("//[consent-preferences]")  # a malformed address is no link to anyone
    tree = html.fromstring('<div><p><a href="/?author=3">Ruth Calder</a></p><p><a href="/?author=4">Tom Birk</a></p></div>')
    from storyline.clean.cms_fields import co_author_links

    assert co_author_links(tree) == []  # two bylines of two teasers, not one byline


def test_a_plural_author_label_is_no_part_of_the_names():
    from storyline.clean.author_check import plausible_authors

    assert plausible_authors("Autoři Jana Horká; Petr Lisý") == "Jana Horká; Petr Lisý"
    assert plausible_authors("Autorzy: Anna Zięba, Jan Brzoza") == "Anna Zięba, Jan Brzoza"
    assert plausible_authors("Авторы: Ирина Лесная, Павел Дубов") == "Ирина Лесная, Павел Дубов"


def test_a_czech_byline_with_its_plural_label_and_two_author_links():
    above = ('<div class="entry-author">Autoři: <a href="/autor/jana-horka/">Jana Horká</a>, '
             '<a href="/autor/petr-lisy/">Petr Lisý</a></div><div class="entry-date">14. března 2024</div>'
             '<figure><img src="/i.jpg" alt=""><figcaption>Foto: ČTK</figcaption></figure>')
    assert clean(page(lang="cs", above=above)).byline == "Jana Horká; Petr Lisý"
