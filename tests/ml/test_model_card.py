"""The model card says how the score was measured (k-fold rounds or held-out pictures) and that the model in use
then learnt from all the pictures."""

from app.ml import model_card


def meta(**extra) -> dict:
    return {"labels": ["fist", "palm"], "created_at": "2026-11-30T08:00:00+0000", "app_version": "1.0",
            "metrics": {"accuracy": 0.9, "per_class": {"fist": 1.0, "palm": 0.8}, "confusion": [[10, 0], [2, 8]]},
            "sample_counts": {"fist": 10, "palm": 10}, **extra}


def test_kfold_card_tells_the_rounds_and_that_the_model_learnt_everything():
    page = model_card.render("m", meta(heldout_samples=[f"fist/{i}.jpg" for i in range(20)],
                                       evaluation={"method": "kfold", "k": 5, "seed": 0, "pictures": 20},
                                       trained_on={"pictures": 20, "augmented": ["flip", "dark"], "rows": 60}),
                             None)
    assert "kept aside" not in page
    assert "split into 5 groups. 5 times" in page and "each of the 20 tested pictures" in page
    assert "the model you use learnt from all 20 pictures, plus 40 slightly changed copies" in page


def test_holdout_card_tells_how_many_were_kept_aside():
    page = model_card.render("m", meta(heldout_samples=["fist/1.jpg", "palm/1.jpg", "palm/2.jpg"],
                                       evaluation={"method": "holdout", "holdout": 0.15, "seed": 0, "pictures": 3},
                                       trained_on={"pictures": 20, "augmented": [], "rows": 20}), None)
    assert "3 pictures were kept aside" in page and "groups" not in page
    assert "the model you use learnt from all 20 pictures." in page and "copies" not in page


def test_a_model_from_before_train_on_all_keeps_its_own_words():
    page = model_card.render("m", meta(heldout_samples=["fist/1.jpg", "palm/1.jpg"]), None)
    assert "20 pictures taken by the student. 2 of them were kept aside to test the model." in page
    assert "learnt from all" not in page


def test_the_card_uses_the_texts_it_is_given():
    texts = {"kfold_text": "K={k} T={tested}", "all_copies_text": "ALL={pictures} C={copies}",
             "total_text": "N={total}"}
    page = model_card.render("m", meta(evaluation={"method": "kfold", "k": 4, "pictures": 19},
                                       trained_on={"pictures": 20, "rows": 140}), None, texts)
    assert "N=20" in page and "K=4 T=19" in page and "ALL=20 C=120" in page
