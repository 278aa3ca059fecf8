"""One seeded store per module for the report tests (building it takes a few seconds)."""

from __future__ import annotations

import pytest

from tests.support import report_data


@pytest.fixture(scope="module")
def seeded(template_profile, tmp_path_factory):
    store = report_data.seeded_store(template_profile, tmp_path_factory.mktemp("reports"))
    yield store
    store.close()
