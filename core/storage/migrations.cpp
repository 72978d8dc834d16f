// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace mycelium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::migrate", text);
}

// Version 4: every posting carries the day from which it counts and the
// account's balance after it, so a balance at any past day is one index
// seek per account and a statement page needs no sum over the history.
Status addRunningBalances(Database &db)
{
    auto old = db.prepare(QStringLiteral(
        "SELECT p.account, p.journal_seq, p.amount, coalesce(t.trade_date, date(d.last_day, '+1 day')) FROM posting p "
        "LEFT JOIN trade t ON t.journal_seq = p.journal_seq LEFT JOIN demurrage_charge d ON d.journal_seq = p.journal_seq "
        "ORDER BY p.account, p.journal_seq"));
    if (!old)
        return old.error();
    auto insert = db.prepare(QStringLiteral("INSERT INTO posting_v4 (journal_seq, account, day, amount, balance_after) VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    std::int64_t account = -1;
    std::int64_t running = 0;
    while (old->next()) {
        if (old->int64(0) != account) {
            account = old->int64(0);
            running = 0;
        }
        if (old->isNull(3))
            return Error::make(ErrorCode::IntegrityViolation,
                               tr("Journal entry %1 moves credit but is neither a trade nor a demurrage charge.").arg(old->int64(1)));
        if (__builtin_add_overflow(running, old->int64(2), &running))
            return Error::make(ErrorCode::IntegrityViolation, tr("The balance of account %1 overflows.").arg(account));
        if (auto s = insert->bind(1, old->int64(1)).bind(2, account).bind(3, old->text(3)).bind(4, old->int64(2)).bind(5, running).exec(); !s)
            return s;
        (void)insert->reset();
    }
    if (old->error())
        return *old->error();
    return {};
}

// Append new steps at the end. Domains add their tables here in order.
constexpr Migration kMigrations[] = {
    {1, "vault metadata and community profile",
     R"sql(
        CREATE TABLE vault_meta (
            key   TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE community (
            id         INTEGER PRIMARY KEY CHECK (id = 1),
            name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
            created_on TEXT NOT NULL CHECK (date(created_on) IS created_on)
        );
     )sql"},
    {2, "security events (passphrase changes, re-encryption)",
     R"sql(
        CREATE TABLE security_event (
            id   INTEGER PRIMARY KEY,
            at   TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('created', 'passphrase_changed', 'rekeyed', 'upgraded')),
            note TEXT NOT NULL DEFAULT ''
        );
     )sql"},
    {3, "members, accounts and the hash-chained ledger journal",
     R"sql(
        CREATE TABLE member (
            id         INTEGER PRIMARY KEY,
            number     INTEGER NOT NULL UNIQUE CHECK (number > 0),
            name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
            contact    TEXT NOT NULL DEFAULT '',
            joined_on  TEXT NOT NULL CHECK (date(joined_on) IS joined_on),
            status     TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'left')),
            pin_hash   TEXT,
            -- productive capacity, in percent (see members.h for the rule)
            pc_skills    INTEGER NOT NULL DEFAULT 0 CHECK (pc_skills BETWEEN 0 AND 100),
            pc_time      INTEGER NOT NULL DEFAULT 0 CHECK (pc_time BETWEEN 0 AND 100),
            pc_tools     INTEGER NOT NULL DEFAULT 0 CHECK (pc_tools BETWEEN 0 AND 100),
            pc_resources INTEGER NOT NULL DEFAULT 0 CHECK (pc_resources BETWEEN 0 AND 100),
            pc_ecological INTEGER NOT NULL DEFAULT 100 CHECK (pc_ecological BETWEEN 0 AND 200)
        );
        CREATE TABLE account (
            id        INTEGER PRIMARY KEY,
            kind      TEXT NOT NULL CHECK (kind IN ('commons', 'member')),
            member_id INTEGER UNIQUE REFERENCES member (id),
            balance   INTEGER NOT NULL DEFAULT 0,
            -- the last day whose demurrage is in the journal (NULL: never pays)
            demurrage_through TEXT CHECK (demurrage_through IS NULL OR date(demurrage_through) IS demurrage_through),
            CHECK ((kind = 'member') = (member_id IS NOT NULL))
        );
        INSERT INTO account (id, kind) VALUES (1, 'commons');

        -- Append-only: every ledger change is one entry whose hash covers its
        -- canonical bytes and the previous entry's hash.
        CREATE TABLE journal (
            seq       INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            kind      TEXT NOT NULL,
            body      BLOB NOT NULL,
            prev_hash BLOB NOT NULL,
            hash      BLOB NOT NULL UNIQUE
        );
        CREATE TRIGGER journal_append_only_update BEFORE UPDATE ON journal
            BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
        CREATE TRIGGER journal_append_only_delete BEFORE DELETE ON journal
            BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;

        -- Double entry: the postings of one journal entry sum to zero.
        CREATE TABLE posting (
            journal_seq INTEGER NOT NULL REFERENCES journal (seq),
            account     INTEGER NOT NULL REFERENCES account (id),
            amount      INTEGER NOT NULL CHECK (amount <> 0)
        );
        CREATE INDEX posting_by_account ON posting (account, journal_seq);
        CREATE TRIGGER posting_append_only_update BEFORE UPDATE ON posting
            BEGIN SELECT RAISE(ABORT, 'postings are append-only'); END;
        CREATE TRIGGER posting_append_only_delete BEFORE DELETE ON posting
            BEGIN SELECT RAISE(ABORT, 'postings are append-only'); END;

        CREATE TABLE trade (
            id           INTEGER PRIMARY KEY,
            journal_seq  INTEGER NOT NULL UNIQUE REFERENCES journal (seq),
            payer        INTEGER NOT NULL REFERENCES account (id),
            payee        INTEGER NOT NULL REFERENCES account (id),
            amount       INTEGER NOT NULL CHECK (amount > 0),
            memo         TEXT NOT NULL DEFAULT '',
            category     TEXT NOT NULL DEFAULT '',
            trade_date   TEXT NOT NULL CHECK (date(trade_date) IS trade_date),
            recorded_by  TEXT NOT NULL DEFAULT '',
            confirmation TEXT NOT NULL CHECK (confirmation IN ('none', 'pin', 'coordinator')),
            reverses     INTEGER UNIQUE REFERENCES trade (id),
            CHECK (payer <> payee)
        );
        CREATE INDEX trade_by_date ON trade (trade_date, id);
        CREATE INDEX trade_by_payer ON trade (payer, trade_date);
        CREATE INDEX trade_by_payee ON trade (payee, trade_date);
        CREATE TRIGGER trade_immutable_update BEFORE UPDATE ON trade
            BEGIN SELECT RAISE(ABORT, 'trades are immutable; record a reversal'); END;
        CREATE TRIGGER trade_immutable_delete BEFORE DELETE ON trade
            BEGIN SELECT RAISE(ABORT, 'trades are immutable; record a reversal'); END;

        CREATE TABLE demurrage_rate (
            effective_from TEXT PRIMARY KEY NOT NULL CHECK (date(effective_from) IS effective_from),
            ppm_per_day    INTEGER NOT NULL CHECK (ppm_per_day BETWEEN 0 AND 1000000),
            exempt         INTEGER NOT NULL CHECK (exempt >= 0)
        ) WITHOUT ROWID;
        -- One realized charge: the days it covers and the balance it started from,
        -- so that anyone can recompute it with the published rule.
        CREATE TABLE demurrage_charge (
            journal_seq    INTEGER PRIMARY KEY REFERENCES journal (seq),
            account        INTEGER NOT NULL REFERENCES account (id),
            first_day      TEXT NOT NULL,
            last_day       TEXT NOT NULL,
            balance_before INTEGER NOT NULL,
            amount         INTEGER NOT NULL CHECK (amount > 0)
        );
        CREATE INDEX demurrage_by_account ON demurrage_charge (account, first_day);
        CREATE TRIGGER demurrage_append_only_update BEFORE UPDATE ON demurrage_charge
            BEGIN SELECT RAISE(ABORT, 'demurrage charges are append-only'); END;
        CREATE TRIGGER demurrage_append_only_delete BEFORE DELETE ON demurrage_charge
            BEGIN SELECT RAISE(ABORT, 'demurrage charges are append-only'); END;

        CREATE TABLE ledger_setting (
            key   TEXT PRIMARY KEY NOT NULL,
            value INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO ledger_setting (key, value) VALUES ('starter_line', 100000);
     )sql"},
    {4, "running balances on postings",
     R"sql(
        -- Stored in journal order. `day` is the first day whose balance
        -- includes the posting: a trade's date, or the day after the last
        -- day a demurrage charge covers. For a member's account, journal
        -- order is also day order (a trade may not be dated on a day whose
        -- demurrage is settled), which balance lookups rely on and verify
        -- checks; the commons fund's balance at a day is minus the others'.
        CREATE TABLE posting_v4 (
            journal_seq   INTEGER NOT NULL REFERENCES journal (seq),
            account       INTEGER NOT NULL REFERENCES account (id),
            day           TEXT NOT NULL,
            amount        INTEGER NOT NULL CHECK (amount <> 0),
            balance_after INTEGER NOT NULL,
            PRIMARY KEY (journal_seq, account)
        ) WITHOUT ROWID;
     )sql",
     addRunningBalances,
     R"sql(
        DROP TABLE posting;
        ALTER TABLE posting_v4 RENAME TO posting;
        -- Covers a member's balance chart: no table lookups for 26,000 lines.
        CREATE INDEX posting_by_account ON posting (account, journal_seq, day, balance_after);
        CREATE INDEX posting_by_day ON posting (account, day) WHERE account <> 1;
        CREATE TRIGGER posting_append_only_update BEFORE UPDATE ON posting
            BEGIN SELECT RAISE(ABORT, 'postings are append-only'); END;
        CREATE TRIGGER posting_append_only_delete BEFORE DELETE ON posting
            BEGIN SELECT RAISE(ABORT, 'postings are append-only'); END;
        -- A member's trades are found through their postings now.
        DROP INDEX trade_by_payer;
        DROP INDEX trade_by_payee;
     )sql"},
    {5, "the tool library: items, loans, holds, maintenance and training sign-offs",
     R"sql(
        -- Amounts are minor units (1 credit = 100), like every amount.
        CREATE TABLE tool_item (
            id                INTEGER PRIMARY KEY,
            asset_tag         TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(asset_tag)) > 0),
            name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
            category          TEXT NOT NULL DEFAULT '',
            description       TEXT NOT NULL DEFAULT '',
            condition         TEXT NOT NULL DEFAULT 'good'
                              CHECK (condition IN ('new', 'good', 'worn', 'needs_repair', 'retired')),
            location          TEXT NOT NULL DEFAULT '',
            replacement_value INTEGER NOT NULL DEFAULT 0 CHECK (replacement_value >= 0),
            deposit           INTEGER NOT NULL DEFAULT 0 CHECK (deposit >= 0),
            loan_days         INTEGER NOT NULL DEFAULT 7 CHECK (loan_days > 0),
            late_fee_per_day  INTEGER NOT NULL DEFAULT 0 CHECK (late_fee_per_day >= 0),
            safety_notes      TEXT NOT NULL DEFAULT '',
            needs_training    INTEGER NOT NULL DEFAULT 0 CHECK (needs_training IN (0, 1)),
            -- maintenance is due every N loans and/or every N days (NULL: no such interval)
            maintenance_every_loans INTEGER CHECK (maintenance_every_loans IS NULL OR maintenance_every_loans > 0),
            maintenance_every_days  INTEGER CHECK (maintenance_every_days IS NULL OR maintenance_every_days > 0),
            created_on        TEXT NOT NULL CHECK (date(created_on) IS created_on)
        );
        CREATE INDEX tool_item_by_name ON tool_item (name COLLATE NOCASE);

        CREATE TABLE tool_loan (
            id               INTEGER PRIMARY KEY,
            item             INTEGER NOT NULL REFERENCES tool_item (id),
            member           INTEGER NOT NULL REFERENCES member (id),
            out_on           TEXT NOT NULL CHECK (date(out_on) IS out_on),
            due_on           TEXT NOT NULL CHECK (date(due_on) IS due_on AND due_on > out_on),
            returned_on      TEXT CHECK (returned_on IS NULL OR (date(returned_on) IS returned_on AND returned_on >= out_on)),
            return_condition TEXT CHECK (return_condition IS NULL
                                         OR return_condition IN ('new', 'good', 'worn', 'needs_repair', 'retired')),
            notes            TEXT NOT NULL DEFAULT '',
            recorded_by      TEXT NOT NULL DEFAULT '',
            CHECK ((returned_on IS NULL) = (return_condition IS NULL))
        );
        -- One item, one open loan: the database refuses a second one.
        CREATE UNIQUE INDEX tool_loan_one_open ON tool_loan (item) WHERE returned_on IS NULL;
        CREATE INDEX tool_loan_by_item ON tool_loan (item, out_on);
        CREATE INDEX tool_loan_by_member ON tool_loan (member, returned_on);
        CREATE INDEX tool_loan_open_by_due ON tool_loan (due_on) WHERE returned_on IS NULL;
        CREATE TRIGGER tool_loan_who_what_when BEFORE UPDATE OF item, member, out_on, recorded_by ON tool_loan
            BEGIN SELECT RAISE(ABORT, 'a loan keeps its item, borrower and day out'); END;
        CREATE TRIGGER tool_loan_returned_is_history BEFORE UPDATE ON tool_loan WHEN OLD.returned_on IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'a returned loan is history and cannot change'); END;
        CREATE TRIGGER tool_loan_append_only_delete BEFORE DELETE ON tool_loan
            BEGIN SELECT RAISE(ABORT, 'loans are never deleted'); END;

        -- First come, first served: the queue is in id order.
        CREATE TABLE tool_hold (
            id        INTEGER PRIMARY KEY,
            item      INTEGER NOT NULL REFERENCES tool_item (id),
            member    INTEGER NOT NULL REFERENCES member (id),
            queued_at TEXT NOT NULL,
            state     TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'fulfilled', 'cancelled', 'expired')),
            -- the day the item became ready for this member (NULL while it is out
            -- or someone is ahead); the hold lasts tool_setting.hold_days from it
            ready_on  TEXT CHECK (ready_on IS NULL OR date(ready_on) IS ready_on)
        );
        CREATE UNIQUE INDEX tool_hold_one_per_member ON tool_hold (item, member) WHERE state = 'waiting';
        CREATE INDEX tool_hold_queue ON tool_hold (item, id) WHERE state = 'waiting';
        CREATE TRIGGER tool_hold_settled_is_history BEFORE UPDATE ON tool_hold WHEN OLD.state <> 'waiting'
            BEGIN SELECT RAISE(ABORT, 'a settled hold is history and cannot change'); END;
        CREATE TRIGGER tool_hold_append_only_delete BEFORE DELETE ON tool_hold
            BEGIN SELECT RAISE(ABORT, 'holds are never deleted'); END;

        CREATE TABLE tool_maintenance (
            id        INTEGER PRIMARY KEY,
            item      INTEGER NOT NULL REFERENCES tool_item (id),
            opened_on TEXT NOT NULL CHECK (date(opened_on) IS opened_on),
            closed_on TEXT CHECK (closed_on IS NULL OR (date(closed_on) IS closed_on AND closed_on >= opened_on)),
            reason    TEXT NOT NULL DEFAULT '',
            work_done TEXT NOT NULL DEFAULT '',
            cost      INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
            done_by   TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX tool_maintenance_one_open ON tool_maintenance (item) WHERE closed_on IS NULL;
        CREATE INDEX tool_maintenance_by_item ON tool_maintenance (item, opened_on);
        CREATE TRIGGER tool_maintenance_closed_is_history BEFORE UPDATE ON tool_maintenance WHEN OLD.closed_on IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'a closed maintenance record is history and cannot change'); END;
        CREATE TRIGGER tool_maintenance_append_only_delete BEFORE DELETE ON tool_maintenance
            BEGIN SELECT RAISE(ABORT, 'maintenance records are never deleted'); END;

        CREATE TABLE tool_setting (
            key   TEXT PRIMARY KEY NOT NULL,
            value INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO tool_setting (key, value) VALUES ('hold_days', 3);

        -- A member may borrow items of a category that needs training once signed off.
        CREATE TABLE tool_training (
            member        INTEGER NOT NULL REFERENCES member (id),
            category      TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(category)) > 0),
            signed_on     TEXT NOT NULL CHECK (date(signed_on) IS signed_on),
            signed_by     TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (member, category)
        ) WITHOUT ROWID;
     )sql"},
    {6, "credit holds; tool deposits, late fees and waivers, lost items, kits, reservations and photos",
     R"sql(
        -- Credit held on a member's account (a tool's deposit while it is
        -- out): it lowers what the member can spend until it is released or
        -- charged to the commons fund by a trade.
        CREATE TABLE credit_hold (
            id         INTEGER PRIMARY KEY,
            account    INTEGER NOT NULL REFERENCES account (id),
            amount     INTEGER NOT NULL CHECK (amount > 0),
            reason     TEXT NOT NULL DEFAULT '',
            placed_on  TEXT NOT NULL CHECK (date(placed_on) IS placed_on),
            settled_on TEXT CHECK (settled_on IS NULL OR (date(settled_on) IS settled_on AND settled_on >= placed_on)),
            outcome    TEXT CHECK (outcome IS NULL OR outcome IN ('released', 'charged')),
            trade      INTEGER UNIQUE REFERENCES trade (id),
            CHECK ((settled_on IS NULL) = (outcome IS NULL)),
            CHECK ((trade IS NOT NULL) = (coalesce(outcome, '') = 'charged'))
        );
        CREATE INDEX credit_hold_open ON credit_hold (account) WHERE settled_on IS NULL;
        CREATE TRIGGER credit_hold_settled_is_history BEFORE UPDATE ON credit_hold WHEN OLD.settled_on IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'a settled credit hold is history and cannot change'); END;
        CREATE TRIGGER credit_hold_keeps_amount BEFORE UPDATE OF account, amount, placed_on ON credit_hold
            BEGIN SELECT RAISE(ABORT, 'a credit hold keeps its account, amount and day'); END;
        CREATE TRIGGER credit_hold_append_only_delete BEFORE DELETE ON credit_hold
            BEGIN SELECT RAISE(ABORT, 'credit holds are never deleted'); END;

        -- What a loan settled on return: the deposit's hold, the late fee
        -- charged (or waived, with the reason), and the components missing on
        -- the way out and in (one name per line). A lost item closes its loan
        -- with lost = 1 and the item retired.
        ALTER TABLE tool_loan ADD COLUMN deposit_hold INTEGER REFERENCES credit_hold (id);
        ALTER TABLE tool_loan ADD COLUMN late_fee_charged INTEGER NOT NULL DEFAULT 0 CHECK (late_fee_charged >= 0);
        ALTER TABLE tool_loan ADD COLUMN late_fee_waived INTEGER NOT NULL DEFAULT 0 CHECK (late_fee_waived >= 0);
        ALTER TABLE tool_loan ADD COLUMN waiver_reason TEXT NOT NULL DEFAULT '';
        ALTER TABLE tool_loan ADD COLUMN fee_trade INTEGER REFERENCES trade (id);
        ALTER TABLE tool_loan ADD COLUMN lost INTEGER NOT NULL DEFAULT 0 CHECK (lost IN (0, 1));
        ALTER TABLE tool_loan ADD COLUMN missing_out TEXT NOT NULL DEFAULT '';
        ALTER TABLE tool_loan ADD COLUMN missing_in TEXT NOT NULL DEFAULT '';

        -- A kit's parts, checked on the way out and in.
        CREATE TABLE tool_component (
            item     INTEGER NOT NULL REFERENCES tool_item (id),
            position INTEGER NOT NULL CHECK (position >= 0),
            name     TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
            PRIMARY KEY (item, position),
            UNIQUE (item, name)
        ) WITHOUT ROWID;

        -- A booking for future days (both inclusive); a checkout that would
        -- overlap another member's booking is refused.
        CREATE TABLE tool_reservation (
            id         INTEGER PRIMARY KEY,
            item       INTEGER NOT NULL REFERENCES tool_item (id),
            member     INTEGER NOT NULL REFERENCES member (id),
            from_on    TEXT NOT NULL CHECK (date(from_on) IS from_on),
            to_on      TEXT NOT NULL CHECK (date(to_on) IS to_on AND to_on >= from_on),
            state      TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'fulfilled', 'cancelled')),
            created_at TEXT NOT NULL,
            note       TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX tool_reservation_active ON tool_reservation (item, from_on) WHERE state = 'active';
        CREATE TRIGGER tool_reservation_settled_is_history BEFORE UPDATE ON tool_reservation WHEN OLD.state <> 'active'
            BEGIN SELECT RAISE(ABORT, 'a settled reservation is history and cannot change'); END;
        CREATE TRIGGER tool_reservation_append_only_delete BEFORE DELETE ON tool_reservation
            BEGIN SELECT RAISE(ABORT, 'reservations are never deleted'); END;

        -- One photo per item, kept inside the encrypted vault.
        CREATE TABLE tool_photo (
            item       INTEGER PRIMARY KEY REFERENCES tool_item (id),
            media_type TEXT NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
            bytes      BLOB NOT NULL CHECK (length(bytes) > 0)
        );
     )sql"},
    {7, "an item's loans since its last maintenance, kept on the item",
     R"sql(
        -- Counted as loans go out and cleared when maintenance closes, so that
        -- "due for maintenance every N loans" is one comparison instead of a
        -- count over the item's loans (the catalogue asks it of every item).
        ALTER TABLE tool_item ADD COLUMN loans_since_maintenance INTEGER NOT NULL DEFAULT 0 CHECK (loans_since_maintenance >= 0);
        UPDATE tool_item SET loans_since_maintenance = (
            SELECT count(*) FROM tool_loan l WHERE l.item = tool_item.id AND l.out_on >= coalesce(
                (SELECT max(r.closed_on) FROM tool_maintenance r WHERE r.item = tool_item.id AND r.closed_on IS NOT NULL),
                tool_item.created_on));
     )sql"},
    {8, "commons resources, ecological indicators and ecological accounting",
     R"sql(
        -- A shared resource and its documented rules (core/commons/commons.h).
        -- Quantities are thousandths of the unit; prices minor units.
        CREATE TABLE commons_resource (
            id                     INTEGER PRIMARY KEY,
            name                   TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            unit                   TEXT NOT NULL CHECK (length(trim(unit)) > 0),
            description            TEXT NOT NULL DEFAULT '',
            stock                  INTEGER CHECK (stock IS NULL OR stock >= 0),
            period                 TEXT NOT NULL CHECK (period IN ('month', 'year')),
            yield                  INTEGER NOT NULL CHECK (yield > 0),
            permits                INTEGER NOT NULL CHECK (permits > 0),
            threshold              INTEGER NOT NULL CHECK (threshold > 0),
            base_price             INTEGER NOT NULL DEFAULT 0 CHECK (base_price >= 0),
            elasticity             INTEGER NOT NULL DEFAULT 2 CHECK (elasticity BETWEEN 0 AND 4),
            regen_unit             TEXT NOT NULL DEFAULT '',
            regen_permits_per_unit INTEGER NOT NULL DEFAULT 0 CHECK (regen_permits_per_unit >= 0),
            regen_credits_per_unit INTEGER NOT NULL DEFAULT 0 CHECK (regen_credits_per_unit >= 0),
            amber_from             INTEGER NOT NULL DEFAULT 70,
            red_above              INTEGER NOT NULL DEFAULT 100,
            created_on             TEXT NOT NULL CHECK (date(created_on) IS created_on),
            CHECK (amber_from BETWEEN 1 AND red_above AND red_above <= 1000)
        );
        CREATE TABLE commons_extraction (
            id               INTEGER PRIMARY KEY,
            resource         INTEGER NOT NULL REFERENCES commons_resource (id),
            member           INTEGER NOT NULL REFERENCES member (id),
            day              TEXT NOT NULL CHECK (date(day) IS day),
            quantity         INTEGER NOT NULL CHECK (quantity > 0),
            permits_shared   INTEGER NOT NULL CHECK (permits_shared >= 0),
            permits_earned   INTEGER NOT NULL CHECK (permits_earned >= 0),
            permits_beyond   INTEGER NOT NULL CHECK (permits_beyond >= 0),
            price_per_permit INTEGER NOT NULL CHECK (price_per_permit >= 0),
            charge           INTEGER NOT NULL CHECK (charge >= 0),
            trade            INTEGER REFERENCES trade (id),
            override_reason  TEXT NOT NULL DEFAULT '',
            recorded_by      TEXT NOT NULL DEFAULT '',
            recorded_at      TEXT NOT NULL,
            CHECK ((charge > 0) = (trade IS NOT NULL)),
            CHECK (permits_beyond = 0 OR length(trim(override_reason)) > 0)
        );
        CREATE INDEX commons_extraction_by_resource ON commons_extraction (resource, day);
        CREATE INDEX commons_extraction_by_member ON commons_extraction (member, resource, day);
        CREATE INDEX commons_extraction_by_day ON commons_extraction (day);
        CREATE TRIGGER commons_extraction_append_only_update BEFORE UPDATE ON commons_extraction
            BEGIN SELECT RAISE(ABORT, 'extractions are history; record a new one'); END;
        CREATE TRIGGER commons_extraction_append_only_delete BEFORE DELETE ON commons_extraction
            BEGIN SELECT RAISE(ABORT, 'extractions are history; record a new one'); END;
        CREATE TABLE commons_regeneration (
            id             INTEGER PRIMARY KEY,
            resource       INTEGER NOT NULL REFERENCES commons_resource (id),
            member         INTEGER NOT NULL REFERENCES member (id),
            day            TEXT NOT NULL CHECK (date(day) IS day),
            quantity       INTEGER NOT NULL CHECK (quantity > 0),
            action         TEXT NOT NULL CHECK (length(trim(action)) > 0),
            verified_by    TEXT NOT NULL CHECK (length(trim(verified_by)) > 0),
            permits_earned INTEGER NOT NULL CHECK (permits_earned >= 0),
            credits        INTEGER NOT NULL CHECK (credits >= 0),
            trade          INTEGER REFERENCES trade (id),
            recorded_by    TEXT NOT NULL DEFAULT '',
            recorded_at    TEXT NOT NULL,
            CHECK ((credits > 0) = (trade IS NOT NULL))
        );
        CREATE INDEX commons_regeneration_by_resource ON commons_regeneration (resource, day);
        CREATE INDEX commons_regeneration_by_member ON commons_regeneration (member, resource, day);
        CREATE INDEX commons_regeneration_by_day ON commons_regeneration (day);
        CREATE TRIGGER commons_regeneration_append_only_update BEFORE UPDATE ON commons_regeneration
            BEGIN SELECT RAISE(ABORT, 'regenerations are history; record a new one'); END;
        CREATE TRIGGER commons_regeneration_append_only_delete BEFORE DELETE ON commons_regeneration
            BEGIN SELECT RAISE(ABORT, 'regenerations are history; record a new one'); END;

        -- Ecological indicators (core/commons/indicators.h): one value a day.
        CREATE TABLE eco_indicator (
            id               INTEGER PRIMARY KEY,
            name             TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            unit             TEXT NOT NULL CHECK (length(trim(unit)) > 0),
            boundary         TEXT NOT NULL DEFAULT '',
            threshold        INTEGER NOT NULL CHECK (threshold > 0),
            direction        TEXT NOT NULL CHECK (direction IN ('lower-is-better', 'higher-is-better')),
            amber_from       INTEGER NOT NULL DEFAULT 70,
            red_above        INTEGER NOT NULL DEFAULT 100,
            stale_after_days INTEGER NOT NULL DEFAULT 45 CHECK (stale_after_days BETWEEN 1 AND 3650),
            created_on       TEXT NOT NULL CHECK (date(created_on) IS created_on),
            CHECK (amber_from BETWEEN 1 AND red_above AND red_above <= 1000)
        );
        CREATE TABLE eco_measurement (
            id        INTEGER PRIMARY KEY,
            indicator INTEGER NOT NULL REFERENCES eco_indicator (id),
            day       TEXT NOT NULL CHECK (date(day) IS day),
            value     INTEGER NOT NULL,
            source    TEXT NOT NULL DEFAULT '',
            UNIQUE (indicator, day)
        );

        -- Ecological accounting (core/commons/ecobalance.h).
        CREATE TABLE trade_impact (
            trade    INTEGER NOT NULL REFERENCES trade (id),
            kind     TEXT NOT NULL CHECK (kind IN ('carbon', 'water', 'land', 'biodiversity', 'pollution')),
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            PRIMARY KEY (trade, kind)
        ) WITHOUT ROWID;
        CREATE TABLE eco_setting (
            key   TEXT PRIMARY KEY NOT NULL,
            value INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE eco_pledge (
            id           INTEGER PRIMARY KEY,
            member       INTEGER NOT NULL REFERENCES member (id),
            month        TEXT NOT NULL CHECK (date(month) IS month AND substr(month, 9, 2) = '01'),
            work         TEXT NOT NULL CHECK (length(trim(work)) > 0),
            pledged_on   TEXT NOT NULL,
            fulfilled_on TEXT,
            UNIQUE (member, month)
        );
        CREATE TABLE eco_settlement (
            month      TEXT PRIMARY KEY NOT NULL CHECK (date(month) IS month AND substr(month, 9, 2) = '01'),
            settled_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE eco_settlement_line (
            month      TEXT NOT NULL REFERENCES eco_settlement (month),
            member     INTEGER NOT NULL REFERENCES member (id),
            net        INTEGER NOT NULL,
            credits    INTEGER NOT NULL CHECK (credits >= 0),
            fee        INTEGER NOT NULL CHECK (fee >= 0),
            pledged    INTEGER NOT NULL CHECK (pledged IN (0, 1)),
            trade      INTEGER REFERENCES trade (id),
            multiplier INTEGER NOT NULL,
            PRIMARY KEY (month, member)
        ) WITHOUT ROWID;
        CREATE TRIGGER eco_settlement_line_append_only_update BEFORE UPDATE ON eco_settlement_line
            BEGIN SELECT RAISE(ABORT, 'settlements are history'); END;
        CREATE TRIGGER eco_settlement_line_append_only_delete BEFORE DELETE ON eco_settlement_line
            BEGIN SELECT RAISE(ABORT, 'settlements are history'); END;
     )sql"},
    {9, "skills exchange, sessions and vouching; trust flags, alerts and graduated sanctions",
     R"sql(
        -- The community's skill vocabulary (core/skills/skills.h). A synonym
        -- names a tag another way; search and matching read both.
        CREATE TABLE skill_tag (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            curated    INTEGER NOT NULL DEFAULT 0 CHECK (curated IN (0, 1)),
            created_on TEXT NOT NULL CHECK (date(created_on) IS created_on)
        );
        CREATE TABLE skill_synonym (
            synonym TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(trim(synonym)) > 0),
            tag     INTEGER NOT NULL REFERENCES skill_tag (id)
        ) WITHOUT ROWID;
        CREATE INDEX skill_synonym_tag ON skill_synonym (tag);

        -- Offers and wants. Availability is a set of weekdays (Monday = 1,
        -- Tuesday = 2, … Sunday = 64; 0: any day). Level 0..3 (none,
        -- beginner, intermediate, expert); mentoring: an offer to teach, or
        -- a want to learn. Rate: minor units per hour, NULL the community's.
        CREATE TABLE skill_listing (
            id                INTEGER PRIMARY KEY,
            kind              TEXT NOT NULL CHECK (kind IN ('offer', 'want')),
            member            INTEGER NOT NULL REFERENCES member (id),
            description       TEXT NOT NULL,
            availability      INTEGER NOT NULL DEFAULT 0 CHECK (availability BETWEEN 0 AND 127),
            availability_note TEXT NOT NULL DEFAULT '',
            level             INTEGER NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 3),
            mentoring         INTEGER NOT NULL DEFAULT 0 CHECK (mentoring IN (0, 1)),
            rate              INTEGER CHECK (rate IS NULL OR rate >= 0),
            created_on        TEXT NOT NULL CHECK (date(created_on) IS created_on),
            expires_on        TEXT CHECK (expires_on IS NULL OR date(expires_on) IS expires_on),
            withdrawn_on      TEXT CHECK (withdrawn_on IS NULL OR date(withdrawn_on) IS withdrawn_on)
        );
        CREATE INDEX skill_listing_member ON skill_listing (member);
        CREATE TABLE skill_listing_tag (
            tag     INTEGER NOT NULL REFERENCES skill_tag (id),
            listing INTEGER NOT NULL REFERENCES skill_listing (id),
            PRIMARY KEY (tag, listing)
        ) WITHOUT ROWID;
        CREATE INDEX skill_listing_tag_listing ON skill_listing_tag (listing, tag);
        -- Full-text index of each listing (docid = skill_listing.id): its
        -- tags with their synonyms, and its description.
        CREATE VIRTUAL TABLE skill_listing_fts USING fts4(tags, description, tokenize=unicode61, prefix="2,3");

        -- An agreed exchange. Completing it records one trade (receiver pays
        -- provider minutes × rate / 60, rounded half up).
        CREATE TABLE skill_session (
            id           INTEGER PRIMARY KEY,
            provider     INTEGER NOT NULL REFERENCES member (id),
            receiver     INTEGER NOT NULL REFERENCES member (id),
            listing      INTEGER REFERENCES skill_listing (id),
            description  TEXT NOT NULL CHECK (length(trim(description)) > 0),
            minutes      INTEGER NOT NULL CHECK (minutes > 0),
            rate         INTEGER NOT NULL CHECK (rate >= 0),
            mentoring    INTEGER NOT NULL DEFAULT 0 CHECK (mentoring IN (0, 1)),
            planned_on   TEXT NOT NULL CHECK (date(planned_on) IS planned_on),
            state        TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'completed', 'cancelled')),
            completed_on TEXT CHECK (completed_on IS NULL OR date(completed_on) IS completed_on),
            cancelled_by TEXT CHECK (cancelled_by IS NULL OR cancelled_by IN ('provider', 'receiver', 'coordinator')),
            trade        INTEGER UNIQUE REFERENCES trade (id),
            created_on   TEXT NOT NULL CHECK (date(created_on) IS created_on),
            CHECK (provider <> receiver),
            CHECK ((state = 'completed') = (completed_on IS NOT NULL AND trade IS NOT NULL)),
            CHECK ((state = 'cancelled') = (cancelled_by IS NOT NULL))
        );
        CREATE INDEX skill_session_provider ON skill_session (provider, state);
        CREATE INDEX skill_session_receiver ON skill_session (receiver, state);
        -- Each side's word after a session: feedback, and a thank-you note
        -- for the gratitude wall.
        CREATE TABLE skill_feedback (
            session    INTEGER NOT NULL REFERENCES skill_session (id),
            author     INTEGER NOT NULL REFERENCES member (id),
            feedback   TEXT NOT NULL DEFAULT '',
            thanks     TEXT NOT NULL DEFAULT '',
            written_on TEXT NOT NULL CHECK (date(written_on) IS written_on),
            PRIMARY KEY (session, author)
        ) WITHOUT ROWID;
        CREATE INDEX skill_feedback_written ON skill_feedback (written_on);
        -- Confirmations of a member's skill: the coordinator's (vouched_by
        -- NULL) or a member's. Verified: the coordinator's, or two members'.
        CREATE TABLE skill_verification (
            id         INTEGER PRIMARY KEY,
            member     INTEGER NOT NULL REFERENCES member (id),
            tag        INTEGER NOT NULL REFERENCES skill_tag (id),
            vouched_by INTEGER REFERENCES member (id),
            vouched_on TEXT NOT NULL CHECK (date(vouched_on) IS vouched_on),
            CHECK (vouched_by IS NULL OR vouched_by <> member)
        );
        CREATE UNIQUE INDEX skill_verification_once ON skill_verification (member, tag, coalesce(vouched_by, 0));
        CREATE INDEX skill_verification_voucher ON skill_verification (vouched_by);

        -- A member's own tool, lent through the library: it feeds their
        -- productive capacity while it can be lent.
        ALTER TABLE tool_item ADD COLUMN owner INTEGER REFERENCES member (id);
        CREATE INDEX tool_item_owner ON tool_item (owner) WHERE owner IS NOT NULL;

        -- The immune system (core/trust/trust.h). Flags are concerns raised
        -- by members or the coordinator, seen by coordinators only.
        CREATE TABLE trust_flag (
            id          INTEGER PRIMARY KEY,
            member      INTEGER NOT NULL REFERENCES member (id),
            reporter    INTEGER REFERENCES member (id),
            reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            raised_on   TEXT NOT NULL CHECK (date(raised_on) IS raised_on),
            resolved_on TEXT CHECK (resolved_on IS NULL OR date(resolved_on) IS resolved_on),
            resolution  TEXT,
            CHECK ((resolved_on IS NULL) = (resolution IS NULL))
        );
        CREATE INDEX trust_flag_member ON trust_flag (member);
        -- Patterns found by the checks; `subject` identifies the pattern so
        -- that a reviewed alert is not raised again.
        CREATE TABLE trust_alert (
            id          INTEGER PRIMARY KEY,
            kind        TEXT NOT NULL CHECK (kind IN ('ring', 'near_floor', 'reversals')),
            member      INTEGER NOT NULL REFERENCES member (id),
            other       INTEGER REFERENCES member (id),
            subject     TEXT NOT NULL,
            detail      TEXT NOT NULL,
            raised_on   TEXT NOT NULL CHECK (date(raised_on) IS raised_on),
            reviewed_on TEXT CHECK (reviewed_on IS NULL OR date(reviewed_on) IS reviewed_on),
            review      TEXT,
            UNIQUE (kind, subject),
            CHECK ((reviewed_on IS NULL) = (review IS NULL))
        );
        -- Graduated sanctions: every step (up by a coordinator, down by a
        -- coordinator or by redemption) is a row and a journal entry; the
        -- member's current level is kept on the member for the ledger.
        CREATE TABLE member_sanction (
            id          INTEGER PRIMARY KEY,
            member      INTEGER NOT NULL REFERENCES member (id),
            level       TEXT NOT NULL CHECK (level IN ('none', 'warning', 'reduced', 'suspended', 'excluded')),
            reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            applied_by  TEXT NOT NULL,
            applied_on  TEXT NOT NULL CHECK (date(applied_on) IS applied_on),
            review_on   TEXT CHECK (review_on IS NULL OR date(review_on) IS review_on),
            journal_seq INTEGER NOT NULL UNIQUE
        );
        CREATE INDEX member_sanction_member ON member_sanction (member, id);
        CREATE TRIGGER member_sanction_append_only_update BEFORE UPDATE ON member_sanction
            BEGIN SELECT RAISE(ABORT, 'sanctions are history'); END;
        CREATE TRIGGER member_sanction_append_only_delete BEFORE DELETE ON member_sanction
            BEGIN SELECT RAISE(ABORT, 'sanctions are history'); END;
        ALTER TABLE member ADD COLUMN sanction TEXT NOT NULL DEFAULT 'none'
            CHECK (sanction IN ('none', 'warning', 'reduced', 'suspended', 'excluded'));
     )sql"},
};

} // namespace

std::span<const Migration> schemaMigrations()
{
    return kMigrations;
}

int latestSchemaVersion()
{
    return kMigrations[std::size(kMigrations) - 1].version;
}

Status migrate(Database &db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    const int current = db.userVersion();
    if (current < 0)
        return Error::make(ErrorCode::VaultDamaged, tr("The vault's schema version cannot be read."));
    if (current > latestSchemaVersion())
        return Error::make(ErrorCode::SchemaTooNew,
                           tr("The vault has schema version %1, newer than this Mycelium understands (%2). Install a newer Mycelium.")
                               .arg(current)
                               .arg(latestSchemaVersion()));
    for (const Migration &step : kMigrations) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        Transaction tx(db);
        if (!tx.began())
            return tx.began();
        Status applied = db.exec(QString::fromUtf8(step.sql));
        if (applied && step.convert)
            applied = step.convert(db);
        if (applied && step.sqlAfter)
            applied = db.exec(QString::fromUtf8(step.sqlAfter));
        if (!applied)
            return Error::make(applied.error().code,
                               tr("Upgrading the vault to schema version %1 failed: %2").arg(step.version).arg(applied.error().message));
        if (auto s = db.setUserVersion(step.version); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace mycelium
