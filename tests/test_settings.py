"""Settings are declared once; values are validated and kept device-locally in the store."""

from __future__ import annotations

import pytest

from kimdesk.errors import ValidationError
from kimdesk.services.admin import settings


def test_defaults_and_roundtrip(store):
    assert settings.AUTOLOCK_MINUTES.get(store) == 5
    assert settings.LANGUAGE.get(store) == "de"
    settings.save(store, {"ui.autolock_minutes": "12", "ui.language": "en"})
    assert settings.values(store)["ui.autolock_minutes"] == 12
    assert settings.LANGUAGE.get(store) == "en"


def test_bad_value_writes_nothing(store):
    with pytest.raises(ValidationError) as err:
        settings.save(store, {"ui.language": "en", "ui.autolock_minutes": 0})
    assert "zwischen 1 und 60" in str(err.value)
    assert settings.LANGUAGE.get(store) == "de"


def test_every_option_has_a_title_and_a_valid_default():
    for option in settings.OPTIONS:
        assert option.title()
        assert option.clean(option.default) == option.default
