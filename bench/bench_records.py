"""Benchmarks of the foundation and the records GUI."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from harness import BENCH_DATE, Context, bench, median_of


@bench("open database", 0.5, "open an existing file at schema head as the GUI does; its quick_check "
                             "goes on in the background (median of 9)")
def open_database_bench(ctx: Context) -> float:
    times = []
    for _ in range(9):
        start = time.perf_counter()
        db = ctx.open(check="background")
        times.append(time.perf_counter() - start)
        db.close()   # waits for its quick_check, outside the timing
    return statistics.median(times)


@bench("quick_check on open", 2.0, "the structural check of every page, in the background while the clerk "
                                   "types the password; writes wait for it (median of 3)",
       ratio_exempt="it reads the whole file, and encrypted every page is decrypted and its HMAC "
                    "checked; nobody waits for it (it overlaps the sign-in: see 'sign in')")
def quick_check_bench(ctx: Context) -> float:
    from fpdesk.db.guard import IntegrityCheck

    return median_of(lambda: IntegrityCheck(ctx.demo_path, ctx.key).wait(), repeat=3)


@bench("sign in", 1.5, "from the password's Enter to a signed-in office: key slot (encrypted), open, "
                       "password check, first write after the quick_check (median of 3)",
       ratio_exempt="encrypted, the sign-in first unwraps the user's key slot (argon2id, about 0.2 s) "
                    "and its first write waits for a quick_check that decrypts every page")
def sign_in_bench(ctx: Context) -> float:
    from fpdesk.services import auth, encryption
    from fpdesk.services.demo import DEMO_PASSWORD, DEMO_USER

    def once():
        if ctx.key is not None:
            db, _ = encryption.open_with_password(ctx.demo_path, DEMO_USER, DEMO_PASSWORD, check="background")
        else:
            db = ctx.open(check="background")
            auth.authenticate(db, DEMO_USER, DEMO_PASSWORD)
        db.close()
    return median_of(once, repeat=3)


@bench("home page counts", 0.3, "the five figures of the 首页 (median of 5)")
def home_counts_bench(ctx: Context) -> float:
    from fpdesk.services.dashboard import home_counts

    db = ctx.open()
    try:
        def once():
            with db.read_session() as session:
                home_counts(session, BENCH_DATE)
        return median_of(once)
    finally:
        db.close()


# -- records GUI ------------------------------------------------------------------
@bench("open person detail", 0.1, "identity, household and full timeline, audited (median of 5)")
def person_detail_bench(ctx: Context) -> float:
    from sqlalchemy import text

    from fpdesk.services import people
    from fpdesk.services.context import Actor

    db = ctx.open()
    try:
        with db.read_session() as session:  # a woman with one of the longest timelines
            uid = session.execute(text(
                "SELECT person_uid FROM services GROUP BY person_uid ORDER BY count(*) DESC LIMIT 1")).scalar()

        def once():
            with db.session() as session:
                people.person_detail(session, Actor("bench", "clerk"), uid, BENCH_DATE)
        return median_of(once)
    finally:
        db.close()


FIRST_SCREEN_ROWS = 40


def _first_screen(ctx: Context, village: bool) -> float:
    """RosterModel.set_filter → the first screen's cells, as the 育龄妇女 page paints them."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from fpdesk.services import people
    from fpdesk.services.context import Actor
    from fpdesk.services.roster import RosterFilter
    from fpdesk.ui.models.roster_model import RosterModel

    # a full QApplication: later benchmarks paint widgets in the same process
    app = QApplication.instance() or QApplication([])  # noqa: F841 - alive while timing
    db = ctx.open()
    try:
        flt = RosterFilter()
        if village:
            with db.read_session() as session:
                flt = RosterFilter(village_code=people.villages(session)[0].code)
        model = RosterModel(db, Actor("bench", "clerk"), lambda: BENCH_DATE)

        def once():
            model.set_filter(flt, "village", False)
            for row in range(min(FIRST_SCREEN_ROWS, model.rowCount())):
                for column in range(model.columnCount()):
                    model.index(row, column).data()
        return median_of(once)
    finally:
        db.close()


@bench("roster first screen", 0.1, "set_filter → first 40 rows' data(), whole township (median of 5)")
def roster_first_screen_bench(ctx: Context) -> float:
    return _first_screen(ctx, village=False)


@bench("roster first screen: village", 0.1, "the same for one village (median of 5)")
def roster_first_screen_village_bench(ctx: Context) -> float:
    return _first_screen(ctx, village=True)


def _search(ctx: Context, query: Callable) -> float:
    from fpdesk.services.roster import search_people

    db = ctx.open()
    try:
        with db.read_session() as session:
            text = query(session)

        def once():
            with db.read_session() as session:
                search_people(session, text)
        return median_of(once)
    finally:
        db.close()


@bench("search: pinyin initials", 0.05, "search_people('zxm') (median of 5)")
def search_initials_bench(ctx: Context) -> float:
    return _search(ctx, lambda session: "zxm")


@bench("search: ID fragment", 0.05, "search_people with 6 digits from the middle of an ID (median of 5)")
def search_id_fragment_bench(ctx: Context) -> float:
    from sqlalchemy import text

    def fragment(session) -> str:  # the birth year and month of a woman's ID number
        number = session.execute(text(
            "SELECT id_number FROM persons WHERE sex = 2 AND id_number IS NOT NULL "
            "ORDER BY uid LIMIT 1")).scalar()
        return number[6:12]
    return _search(ctx, fragment)


@bench("records tree: first name search", 0.3,
       "人员档案 filter '张' with nothing read yet: the hits' households in every village (median of 5)")
def tree_first_search_bench(ctx: Context) -> float:
    from fpdesk.services import people
    from fpdesk.ui.pages.records_tree import HouseholdCache, find_households

    db = ctx.open()
    try:
        with db.read_session() as session:
            villages = [v.code for v in people.villages(session)]
        return median_of(lambda: find_households(HouseholdCache(db), villages, "张"))
    finally:
        db.close()
