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
