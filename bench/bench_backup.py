"""Benchmarks of backup, restore and the audit chain (issue 14)."""

from __future__ import annotations

from harness import Context, bench, median_of, timed


@bench("backup of the whole township", 30.0,
       "online backup API copy, integrity_check (second core) while the .fpbak is compressed, "
       "fsync, read back and verified")
def backup_bench(ctx: Context) -> float:
    from fpdesk.db.backup import write_backup

    out = ctx.workdir / "bench.fpbak"
    out.unlink(missing_ok=True)
    infos = []
    seconds = timed(lambda: infos.append(write_backup(ctx.demo_path, out, key=ctx.key)))
    size = ctx.demo_path.stat().st_size
    print(f"    database {size / 1e6:.0f} MB → backup {infos[0].bytes / 1e6:.0f} MB, {infos[0].persons} persons")
    return seconds


@bench("restore of the whole township", 40.0,
       "unpack and check the backup (sha256, integrity_check, foreign_key_check), keep a "
       "before-restore copy, put it in place (the automatic backup before it is timed above)")
def restore_bench(ctx: Context) -> float:
    from fpdesk.db.schema import backup_file
    from fpdesk.services.backup import restore

    out = ctx.workdir / "bench.fpbak"
    target = ctx.workdir / "restored" / "office.db"
    target.parent.mkdir(exist_ok=True)
    target.unlink(missing_ok=True)
    backup_file(ctx.demo_path, target, ctx.key)
    seconds = timed(lambda: restore(target, out, None, key=ctx.key))
    for kept in target.parent.glob("office.db.before-restore-*"):
        kept.unlink()
    return seconds


@bench("audit verify", 5.0, "recompute the whole audit log's hash chain (plus 50,000 entries added here; "
                            "median of 3)")
def audit_verify_bench(ctx: Context) -> float:
    from fpdesk.db.schema import backup_file, open_database
    from fpdesk.services import audit
    from fpdesk.services.context import Actor

    path = backup_file(ctx.demo_path, ctx.workdir / "audit.db", ctx.key)
    db = open_database(path, key=ctx.key)
    actor = Actor("bench", "clerk")
    try:
        with db.session() as session:
            for i in range(50_000):
                audit.record(session, actor, "view", "persons", f"uid-{i:08d}")
        states = []

        def verify():
            with db.read_session() as session:
                states.append(audit.verify(session))
        seconds = median_of(verify, repeat=3)
    finally:
        db.close()
        path.unlink()
    print(f"    {states[0].entries} entries, intact: {states[0].intact}")
    return seconds
