import claimtrack


def test_all_is_sorted_and_complete():
    public = {name for name in dir(claimtrack) if not name.startswith("_")} | {"__version__"}
    assert claimtrack.__all__ == sorted(claimtrack.__all__)
    assert set(claimtrack.__all__) == public


def test_every_export_resolves():
    for name in claimtrack.__all__:
        assert getattr(claimtrack, name) is not None, name


def test_unknown_attribute_raises():
    import pytest

    with pytest.raises(AttributeError, match="no_such_name"):
        _ = claimtrack.no_such_name
