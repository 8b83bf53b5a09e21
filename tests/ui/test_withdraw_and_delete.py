"""My data: "withdraw consent and delete my data" deletes what Oyla kept and asks for consent again (the page's
path through app.storage.inventory.withdraw_and_delete)."""

from __future__ import annotations

from app.lessons import policy
from app.storage import consent
from app.storage.settings import projects_dir
from app.ui.common.consent_dialog import ConsentDialog
from tests.ui.test_privacy_ui import open_data_page, studio_project, wait_done


def test_withdraw_and_delete_on_my_data_removes_the_projects_and_asks_again(qtbot, window, data_dir):
    project = studio_project(window, {"fist": 2, "palm": 2})
    assert project.path.parent == projects_dir() and len(project.all_samples()) == 4
    page = open_data_page(qtbot, window)
    wait_done(qtbot, page, lambda: page.withdraw_consent(delete_data=True))
    assert not project.path.exists() and window.ctx.project is None
    assert consent.current(None) is None and not window.ctx.gate.allowed
    assert window.ctx.gate.code == policy.NO_CONSENT
    for dialog in window.findChildren(ConsentDialog):
        dialog.reject()
