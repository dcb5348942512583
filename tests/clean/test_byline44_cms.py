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


def test_a_desk_named_in_the_author_meta_yields_to_the_writer_the_page_labels():
    head = '<meta property="og:site_name" content="Vellin Herald"><meta name="author" content="गंगा समाचार डेस्क">'
    above = ("<div class='story-byline'><span class='writer'>लेखक: राहुल शर्मा</span> "
             "<span class='time'>अपडेटेड: 14 मार्च 2024, 10:00 AM</span></div>")
    assert clean(page(lang="hi", head=head, above=above)).byline == "राहुल शर्मा"


def test_a_desk_credit_alone_stays_the_byline():
    head = '<meta name="author" content="Digital Desk">'
    assert clean(page(head=head)).byline == "Digital Desk"


def test_desk_credits_and_names():
    from storyline.clean.desk_credit import newsroom_credit

    assert newsroom_credit("Web Desk") and newsroom_credit("डिजिटल डेस्क") and newsroom_credit("Redaktion")
    assert not newsroom_credit("Desk") and not newsroom_credit("Anna Desk-Lee") and not newsroom_credit("Rahul Sharma")


ZH_PARAGRAPHS = ["县里的老码头在修缮两年之后终于重新开放，首班渡船清晨六点从南岸出发，船上坐满了赶早市的居民。",
                 "工程人员介绍，新铺的甲板能承受原来两倍的重量，冬季大风天也可以照常停靠，不必再临时封闭。",
                 "附近商户普遍表示欢迎，不过也有人担心新的停车收费标准会让周末来游玩的客人变少。"]


def test_a_dedecms_meta_row_credits_its_writer_over_the_duty_editor_at_the_end():
    above = ("<div class='info'><small>时间:</small>2024-03-14 09:30<small>来源:</small>南岸日报 "
             "<small>作者:</small>吴海平 <small>点击:</small>次</div>")
    html = page(lang="zh", above=above, below="<p>（责任编辑：陈丽）</p>", paragraphs=ZH_PARAGRAPHS)
    assert clean(html).byline == "吴海平"


def test_a_chinese_credit_before_another_labelled_field():
    from storyline.clean.page_head import cjk_credit

    assert cjk_credit("作者:吴海平 点击:次") == ("吴海平",)
    assert cjk_credit("作者：吴海平 浏览次数：12") == ("吴海平",)


VI_PARAGRAPHS = ["Chính quyền huyện hôm qua đã mở lại bến đò cũ sau hai năm sửa chữa, chuyến đò đầu tiên rời bến lúc sáu giờ sáng.",
                 "Các kỹ sư cho biết mặt sàn mới chịu được tải trọng gấp đôi và bến đò sẽ hoạt động cả trong mùa mưa bão.",
                 "Người dân địa phương vui mừng trước quyết định này, dù một số tiểu thương lo ngại phí gửi xe mới sẽ làm giảm du khách."]


def test_a_vietnamese_signature_set_right_after_the_story():
    below = "<p class='Normal' style='text-align:right;'><strong>Trần Thu Hà</strong></p>"
    assert clean(page(lang="vi", below=below, paragraphs=VI_PARAGRAPHS)).byline == "Trần Thu Hà"


def test_a_vietnamese_name_the_story_speaks_of_is_no_signature():
    paragraphs = [*VI_PARAGRAPHS[:2], "Ông Hà cho biết bến đò sẽ mở cửa cả ngày lễ."]
    below = "<p><strong>Trần Văn Hà</strong></p>"
    assert clean(page(lang="vi", below=below, paragraphs=paragraphs)).byline is None
