"""Make tests/data/catalogue-rev1.db: the schema of migration 0001 holding the seed record.

Run once (python tests/data/make_rev1_db.py); the file is committed so tests open a real
database made by the first revision with the current code, as an officer's old file would be.
"""

import sqlite3
import sys
from pathlib import Path

from sqlalchemy import create_engine

from catalogue import bundled
from catalogue.release import parse_release
from catalogue.storage.schema import run_alembic as _alembic

TARGET = Path(__file__).with_name("catalogue-rev1.db")


def main() -> int:
    TARGET.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{TARGET}")
    with engine.begin() as connection:
        _alembic(connection, lambda command, config: command.upgrade(config, "0001"))
    engine.dispose()
    release = parse_release(bundled.seed_release_text())
    curation = bundled.curation_for(release.ordinal)
    db = sqlite3.connect(TARGET)
    db.execute("PRAGMA foreign_keys=ON")
    sid = db.execute("INSERT INTO plenary_session (conference, ordinal, title, date, place) "
                     "VALUES (?, ?, ?, ?, ?)", ("Hong Kong/Shanghai Co-operation Conference",
                                               release.ordinal, release.title,
                                               curation.date.isoformat(), release.place)
                     ).lastrowid
    areas = {}
    for position, area in enumerate(release.areas, 1):
        areas[area.name] = db.execute("INSERT INTO area (session_id, position, name) VALUES "
                                      "(?, ?, ?)", (sid, position, area.name)).lastrowid
        for number, text in enumerate(area.measures, 1):
            db.execute("INSERT INTO measure (area_id, position, text) VALUES (?, ?, ?)",
                       (areas[area.name], number, text))
    for position, person in enumerate(release.officials, 1):
        db.execute("INSERT INTO official (session_id, position, honorific, name, post, side, "
                   "role) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (sid, position, person.honorific, person.name, person.post, person.side,
                    person.role))
    annexes = {annex.number: db.execute(
        "INSERT INTO annex (session_id, number, title, language) VALUES (?, ?, ?, ?)",
        (sid, annex.number, annex.title, annex.language)).lastrowid for annex in release.annexes}
    for position, agreement in enumerate(release.agreements, 1):
        agreement_id = db.execute(
            "INSERT INTO agreement (session_id, position, numeral, title, kind, parties, "
            "annex_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (sid, position, agreement.numeral, agreement.title, agreement.kind,
             "; ".join(curation.parties.get(agreement.numeral, [])),
             annexes.get(agreement.annex))).lastrowid
        for name in curation.agreement_areas.get(agreement.numeral, []):
            db.execute("INSERT INTO agreement_area VALUES (?, ?)", (agreement_id, areas[name]))
    db.commit()
    db.execute("VACUUM")
    db.close()
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
