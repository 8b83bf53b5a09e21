import pytest

from tests.conftest import write_demo_folder


@pytest.fixture(scope="module")
def trained_project(tmp_path_factory, embedder):
    """A demo project (fist / palm / peace, 14 pictures each) with a trained MLP head."""
    from app.ml.ingest import project_from_folder
    from app.ml.train import train_project

    root = tmp_path_factory.mktemp("trained")
    folder = write_demo_folder(root / "pictures", per_class=14)
    project, _ = project_from_folder(root / "project", folder, embedder)
    saved = train_project(project, embedder)
    return project, saved
