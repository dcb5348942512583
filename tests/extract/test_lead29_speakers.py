"""The lead's twenty-ninth invented story: an Australian councillor's abbreviated title before her name
('Cr Walsh said') is no part of the name (invented text only)."""
from storyline.extract.article_people import clean_name


def test_a_councillors_abbreviated_title_is_no_part_of_the_name():
    assert clean_name(["Cr", "Walsh"]) == ["Walsh"]
    assert clean_name(["Cllr", "Ann", "Reid"]) == ["Ann", "Reid"]
    assert clean_name(["Crane"]) == ["Crane"]
