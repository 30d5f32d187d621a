"""Migrations are numbered, forward-only and all-or-nothing; a store from a newer app is refused."""

from __future__ import annotations

import pytest

from safetyworker.errors import StoreDamaged
from safetyworker.store import migrations
from safetyworker.store.vault import Store

from .conftest import PASSPHRASE


def test_new_store_is_at_the_latest_version(store):
    assert migrations.current(store.db) == migrations.latest()


def test_store_from_a_newer_app_is_refused(store_dir):
    with Store.create(store_dir, PASSPHRASE) as store:
        store.db.execute(f"PRAGMA user_version = {migrations.latest() + 1}")
    with pytest.raises(StoreDamaged, match="newer version"):
        Store.unlock(store_dir, PASSPHRASE)


def test_a_failing_migration_changes_nothing(store, monkeypatch):
    version = migrations.current(store.db)
    broken = [*migrations.available(), (version + 1, "CREATE TABLE half_done (x); SELECT no_such_function();")]
    monkeypatch.setattr(migrations, "available", lambda: broken)
    with pytest.raises(Exception, match="no_such_function"):
        migrations.migrate(store.db)
    assert migrations.current(store.db) == version
    tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "half_done" not in tables


def test_migrations_are_numbered_without_gaps():
    numbers = [n for n, _sql in migrations.available()]
    assert numbers == list(range(1, len(numbers) + 1))
