"""Pages of site kinds never seen, fourth round (branch htmlmeta4): invented markup and wording, end to
end through the cleaning stages where the cause lies in the page, and on the reader where it lies in one
field."""
from clean.test_unseen_pages3 import clean, page


def test_reporter_and_writer_labels_of_more_languages_are_no_part_of_the_name():
    from storyline.clean.author_check import plausible_authors

    assert plausible_authors("रिपोर्टर अमित कुमार") == "अमित कुमार"
    assert plausible_authors("رپورٹ فیصل خان") == "فیصل خان"
    assert plausible_authors("செய்தியாளர் ராஜேஷ் குமார்") == "ராஜேஷ் குமார்"
    assert plausible_authors("ዘጋቢ ዳዊት መኮንን") == "ዳዊት መኮንን"
    assert plausible_authors("onze redacteur Piet Jansen") == "Piet Jansen"
    assert plausible_authors("Ulat ni Liza Ramos") == "Liza Ramos"
    assert plausible_authors("Bài và ảnh Lê Thu Hà") == "Lê Thu Hà"


def test_a_hindi_edited_by_credit_is_no_second_author():
    from storyline.clean.author_check import plausible_authors

    assert plausible_authors("प्रिया सिंह; एडिटेड बाय नेहा वर्मा") == "प्रिया सिंह"


def test_the_paper_a_correspondent_works_for_is_no_name():
    from storyline.clean.author_check import plausible_authors

    assert plausible_authors("Ольга Смирнова; корреспондент «Волжской правды»") == "Ольга Смирнова"


def test_a_hindi_name_keeps_its_final_vowel_sign_after_its_label():
    html = page(lang="hi", above="<p class='author'>रिपोर्टर: नेहा वर्मा</p>")
    assert clean(html).byline == "नेहा वर्मा"


def test_a_korean_lead_bracket_with_outlet_and_reporter():
    from storyline.clean.cjk_credits import lead_credit

    found = lead_credit("[지역일보 박준호 기자] 시 상수도사업본부는 정수장을 보수한다고 밝혔다.")
    assert found is not None and found.names == ("박준호",)
    found = lead_credit("[헤럴드경제=김철수 기자] 시 상수도사업본부는 정수장을 보수한다고 밝혔다.")
    assert found is not None and found.names == ("김철수",)


def test_a_japanese_signature_run_on_after_the_last_full_stop():
    from storyline.clean.cjk_credits import japanese_signature

    found = japanese_signature("期間中、3つの地区には丘の上の配水池から給水する。（鈴木一郎）")
    assert found is not None and found.names == ("鈴木一郎",)
    assert japanese_signature("市長（鈴木一郎）は話した") is None


def test_a_hong_kong_written_by_label():
    from storyline.clean.author_check import plausible_authors

    assert plausible_authors("撰文：李嘉欣") == "李嘉欣"


def test_htmldate_day_first_reading_of_an_unsettled_english_slash_date_is_no_answer():
    above = "<p class='date'>Release Date: 03/12/2024</p><p>Contact: Paul Ames, Public Information Officer</p>"
    found = clean(page(above=above), url="https://www.parks.example.gov/news/release").published
    assert found.value is None and any("slash date" in t for t in found.tried)


def test_a_british_host_settles_the_slash_date_day_first():
    above = "<p class='date'>03/12/2024 10:42</p>"
    assert clean(page(above=above), url="https://www.weald-times.co.uk/news/story").published.value == "2024-12-03"


def test_levantine_and_maghrebi_arabic_month_names():
    from storyline.clean.dateline import find_dates

    assert [m.value.isoformat() for m in find_dates("7 أيار 2024", ["ar"])] == ["2024-05-07"]
    assert [m.value.isoformat() for m in find_dates("12 تشرين الثاني 2023", ["ar"])] == ["2023-11-12"]
    assert [m.value.isoformat() for m in find_dates("06 فيفري 2024", ["ar"])] == ["2024-02-06"]


def test_a_serbian_cyrillic_author_label_opens_a_byline():
    from storyline.clean.byline import first_byline

    found = first_byline(["Аутор: Марко Јовановић"], ["sr"])
    assert found is not None and found.names == ("Марко Јовановић",)


TEXT_PAGE = """Water plant repairs begin next month | Metro Buzz Daily
News
Sports
Bus routes change this weekend
March 14, 2024
Water plant repairs begin next month
by Peter Okoro
March 12, 2024
The regional water authority said on Tuesday that the treatment plant on the north bank would close for six weeks of repairs, and that homes in three districts would be supplied from the reservoir on the hill.
Engineers found cracks in two of the settling tanks during an inspection last month, a spokesman said, and the authority decided to carry out the work before the summer demand.
Residents were asked to report any change in the taste or colour of their tap water, and the authority set up a telephone line that will be staffed around the clock.
"""


def test_the_page_title_names_the_headline_of_a_text_page_below_a_teaser():
    article = clean(TEXT_PAGE, kind="text")
    assert article.title == "Water plant repairs begin next month"
    assert article.published.value == "2024-03-12"


def test_arabic_and_hebrew_and_as_a_prefix_joins_two_full_names():
    from storyline.clean.author_check import plausible_authors

    assert plausible_authors("أحمد سعيد ومحمد علي") == "أحمد سعيد; محمد علي"
    assert plausible_authors("רוני אברהם ויעל כהן") == "רוני אברהם; יעל כהן"
    assert plausible_authors("أحمد وليد") == "أحمد وليد"  # a name opening with the letter stays


def test_a_special_to_credit_after_a_pipe_is_no_second_name():
    from storyline.clean.author_check import plausible_authors

    assert plausible_authors("Harold Finch; Special") == "Harold Finch"


MEGA_MENU = ("<div class='td-mega-menu'><h3><a>Harbor cleanup wraps up</a></h3><div class='td-post-author-name'>"
             "<a href='/author/nshaw/'>Nick Shaw</a></div></div>")


def test_a_menu_byline_above_the_article_yields_to_the_articles_author_link():
    above = ("<div class='td-post-author-name'><div class='td-author-by'>By</div> "
             "<a href='/author/jmorales/'>Jorge Morales</a></div><p>March 12, 2024</p>")
    html = page(above=above).replace("<main>", MEGA_MENU + "<main>")
    assert clean(html).byline == "Jorge Morales"


def test_ap_copy_credits_the_agency_after_the_names_without_a_comma():
    from storyline.clean.byline import first_byline

    found = first_byline(["By MARY CLAYTON and DEVIN ROSS Associated Press"], ["en"])
    assert found is not None and found.names == ("Mary Clayton", "Devin Ross") and found.outlet == "Associated Press"
    found = first_byline(["By MARY CLAYTON Associated Press"], ["en"])
    assert found is not None and found.names == ("Mary Clayton",)
    found = first_byline(["By Michael Bloomberg"], ["en"])
    assert found is not None and found.names == ("Michael Bloomberg",)


def test_an_introducer_followed_by_a_spaced_dash_and_tagalog_report_by():
    from storyline.clean.byline import first_byline

    found = first_byline(["كتب - يوسف حداد"], ["ar"])
    assert found is not None and found.names == ("يوسف حداد",)
    found = first_byline(["Ulat ni Liza Ramos"], ["tl"])
    assert found is not None and found.names == ("Liza Ramos",)
