from storyline.clean.duplicates import body_signature, build_index, similarity

BODY = " ".join(f"The harbour authority said on day {i} that the wells near pier {i % 7} were tested again." for i in range(40))


def test_identical_bodies_are_similarity_one():
    assert similarity(body_signature(BODY), body_signature(BODY)) == 1.0


def test_reprint_with_a_few_words_changed_is_found():
    reprint = BODY.replace("day 3 ", "day three ").replace("pier 5", "jetty 5")
    index = build_index({"orig": body_signature(BODY)})
    assert index.copies_of(body_signature(reprint)) == ["orig"]


def test_different_story_is_not_a_copy():
    other = " ".join(f"A football club from town {i} signed a striker for season {i}." for i in range(40))
    index = build_index({"orig": body_signature(BODY)})
    assert index.copies_of(body_signature(other)) == []


def test_empty_body_has_no_signature():
    assert body_signature("  ... ") is None


def test_pairs_just_above_the_threshold_are_found_reliably():
    words = BODY.split()
    found = 0
    for seed in range(20):
        edited = list(words)
        for k in range(6):  # six scattered one-word edits: similarity near 0.85
            edited[(seed * 37 + k * 61) % len(words)] = f"edit{k}"
        index = build_index({"orig": body_signature(BODY)})
        found += index.copies_of(body_signature(" ".join(edited))) == ["orig"]
    assert found == 20
