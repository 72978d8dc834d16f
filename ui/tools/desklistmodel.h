// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// What the tool library's lists share: bound to the ledger (its `ledger`
// property, set from QML), they read their rows again whenever the ledger
// changes or reload() is called, and keep the core's refusal in `error`.
// A subclass holds its rows and reads them in load().
class DeskListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY countChanged)

public:
    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    int count() const { return rowCount(); }
    QString error() const { return m_error; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void ledgerChanged();
    void countChanged();

protected:
    explicit DeskListModel(QObject *parent = nullptr);
    // Replaces the rows with those of the open vault on `today`; no rows
    // while `db` is null (locked). Called inside a model reset. Returns why
    // they could not be read, or nothing.
    virtual QString load(Database *db, QDate today) = 0;

private:
    QPointer<LedgerController> m_ledger;
    QString m_error;
};

} // namespace mycelium
