"""What doctor can see of the device's own protections: swap, the store folder's disk, core dumps. Each is read
from /proc and /sys trees built here, so the answers are checked for encrypted, plain, stacked (LVM on LUKS),
in-memory and unreadable devices on any machine."""

from __future__ import annotations

import json
import os
import resource
import sys
from pathlib import Path

import pytest

from safetyworker.services import device

from .sync_world import cli

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux /proc and /sys")


def block(sys_root: Path, name: str, uuid: str | None = None, slaves: tuple[str, ...] = ()) -> Path:
    folder = sys_root / "devices" / "virtual" / "block" / name
    folder.mkdir(parents=True)
    if uuid is not None:
        (folder / "dm").mkdir()
        (folder / "dm" / "uuid").write_text(uuid + "\n")
    if slaves:
        (folder / "slaves").mkdir()
        for slave in slaves:
            (folder / "slaves" / slave).symlink_to(sys_root / "devices" / "virtual" / "block" / slave)
    (sys_root / "class" / "block").mkdir(parents=True, exist_ok=True)
    (sys_root / "class" / "block" / name).symlink_to(folder)
    return folder


def swaps(proc_root: Path, *lines: str) -> None:
    proc_root.mkdir(parents=True, exist_ok=True)
    head = "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n"
    (proc_root / "swaps").write_text(head + "".join(line + "\n" for line in lines))


@pytest.fixture
def roots(tmp_path):
    return tmp_path / "proc", tmp_path / "sys"


def test_no_swap(roots):
    proc_root, sys_root = roots
    swaps(proc_root)
    assert device.swap(proc_root, sys_root) == "none"


def test_swap_on_luks_is_encrypted_and_a_plain_partition_is_not(roots):
    proc_root, sys_root = roots
    block(sys_root, "sda3")
    block(sys_root, "dm-0", "CRYPT-LUKS2-0123-cryptswap")
    swaps(proc_root, "/dev/dm-0 partition 1000 0 -2")
    assert device.swap(proc_root, sys_root) == "encrypted"
    swaps(proc_root, "/dev/dm-0 partition 1000 0 -2", "/dev/sda3 partition 1000 0 -3")
    assert device.swap(proc_root, sys_root) == "not_encrypted", "one plain swap area is enough to leak"


def test_lvm_on_luks_is_followed_down_to_the_encryption(roots):
    proc_root, sys_root = roots
    block(sys_root, "sda2")
    block(sys_root, "dm-0", "CRYPT-LUKS2-abcd-sda2_crypt", slaves=("sda2",))
    block(sys_root, "dm-1", "LVM-xyz", slaves=("dm-0",))
    swaps(proc_root, "/dev/dm-1 partition 1000 0 -2")
    assert device.swap(proc_root, sys_root) == "encrypted"
    block(sys_root, "dm-2", "LVM-plain", slaves=("sda2",))
    swaps(proc_root, "/dev/dm-2 partition 1000 0 -2")
    assert device.swap(proc_root, sys_root) == "not_encrypted"


def test_zram_is_in_memory_and_an_unknown_device_cannot_be_told(roots):
    proc_root, sys_root = roots
    block(sys_root, "zram0")
    swaps(proc_root, "/dev/zram0 partition 1000 0 100")
    assert device.swap(proc_root, sys_root) == "in_memory"
    swaps(proc_root, "/dev/zram0 partition 1000 0 100", "/dev/mystery partition 1000 0 1")
    assert device.swap(proc_root, sys_root) == "cannot_tell"


def test_unreadable_proc_cannot_be_told(tmp_path):
    assert device.swap(tmp_path / "no-proc", tmp_path / "no-sys") == "cannot_tell"


def test_the_store_folders_disk(tmp_path, roots):
    _proc_root, sys_root = roots
    dev = os.stat(tmp_path).st_dev
    (sys_root / "dev" / "block").mkdir(parents=True)
    where = sys_root / "dev" / "block" / f"{os.major(dev)}:{os.minor(dev)}"
    assert device.disk(tmp_path / "store", sys_root) == "cannot_tell"  # no /sys entry for it
    crypt = block(sys_root, "dm-5", "CRYPT-LUKS2-home")
    where.symlink_to(crypt)
    assert device.disk(tmp_path / "store" / "not-yet", sys_root) == "encrypted"  # its nearest existing parent
    where.unlink()
    where.symlink_to(block(sys_root, "vda1"))
    assert device.disk(tmp_path, sys_root) == "not_encrypted"


def test_the_front_ends_turn_core_dumps_off(tmp_path, monkeypatch, capsys):
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    try:
        if hard != 0:
            resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
            (tmp_path / "sys" / "kernel").mkdir(parents=True)
            (tmp_path / "sys" / "kernel" / "core_pattern").write_text("core\n")
            assert device.core_dumps(tmp_path) == "allowed"
        assert cli("--store", str(tmp_path / "no-store"), "doctor", "--json") == 1
        seen = json.loads(capsys.readouterr().out)["device"]
        assert seen["core_dumps"] == "off"
        assert set(seen) == {"swap", "disk", "core_dumps"}
        assert resource.getrlimit(resource.RLIMIT_CORE)[0] == 0
    finally:
        resource.setrlimit(resource.RLIMIT_CORE, (soft, hard))
