"""One seeded store per module for the report tests (building it takes a few seconds)."""

from __future__ import annotations

import pytest

from tests.support import report_data
from tests.support.stores import copy_profile, open_with_key


@pytest.fixture(scope="module")
def seeded(template_profile, tmp_path_factory):
    profile, key = template_profile
    store = open_with_key(copy_profile(profile, key, tmp_path_factory.mktemp("reports")), key)
    report_data.seed(store)
    yield store
    store.close()
