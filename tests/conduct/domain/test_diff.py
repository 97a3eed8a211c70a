from conduct.domain.diff import DiffBlock, diff_texts


def test_same_text_has_only_unchanged_blocks():
    assert diff_texts("A.\n\nB.", "A.\n\nB.") == [DiffBlock("same", "A."), DiffBlock("same", "B.")]


def test_a_changed_paragraph_is_compared_word_by_word():
    blocks = diff_texts("We disagree politely.", "We disagree with respect.")

    assert blocks == [DiffBlock("changed", pieces=[("same", "We disagree"), ("removed", "politely."),
                                                   ("added", "with respect.")])]


def test_an_unrelated_new_paragraph_is_added_and_the_old_removed():
    blocks = diff_texts("Cats sleep.", "Reports go to the Response Lead.")

    assert [block.kind for block in blocks] == ["removed", "added"]
