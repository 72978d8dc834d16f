// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/cataloguecontroller.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// One item as its page shows it: what it is (facts as label and value),
// where it is now and why it can or cannot be lent, the open loan, and its
// figures. Reloads on CatalogueController::changed.
class ToolItemDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::CatalogueController *catalogue READ catalogue WRITE setCatalogue NOTIFY catalogueChanged)
    Q_PROPERTY(QString assetTag READ assetTag WRITE setAssetTag NOTIFY assetTagChanged)

    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed) // CatalogueEntry::stateName
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString stateDetail READ stateDetail NOTIFY changed)
    Q_PROPERTY(bool overdue READ overdue NOTIFY changed)
    // Whether the desk may lend it today, and if not, why (in a sentence).
    Q_PROPERTY(bool lendable READ lendable NOTIFY changed)
    Q_PROPERTY(QString availabilityText READ availabilityText NOTIFY changed)
    Q_PROPERTY(bool onLoan READ onLoan NOTIFY changed)
    Q_PROPERTY(QString loanText READ loanText NOTIFY changed) // who has it, since and until when
    Q_PROPERTY(bool underMaintenance READ underMaintenance NOTIFY changed) // an open record
    Q_PROPERTY(bool retired READ retired NOTIFY changed)
    // [{label, value}] of what the item is, and of its figures.
    Q_PROPERTY(QVariantList facts READ facts NOTIFY changed)
    Q_PROPERTY(QVariantList figures READ figures NOTIFY changed)

public:
    explicit ToolItemDetails(QObject *parent = nullptr);

    CatalogueController *catalogue() const { return m_catalogue; }
    void setCatalogue(CatalogueController *catalogue);
    QString assetTag() const { return m_assetTag; }
    void setAssetTag(const QString &tag);

    bool exists() const { return m_exists; }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    QString state() const { return m_state; }
    QString stateText() const { return m_stateText; }
    QString stateDetail() const { return m_stateDetail; }
    bool overdue() const { return m_overdue; }
    bool lendable() const { return m_lendable; }
    QString availabilityText() const { return m_availabilityText; }
    bool onLoan() const { return !m_loanText.isEmpty(); }
    QString loanText() const { return m_loanText; }
    bool underMaintenance() const { return m_underMaintenance; }
    bool retired() const { return m_state == QLatin1String("retired"); }
    QVariantList facts() const { return m_facts; }
    QVariantList figures() const { return m_figures; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void catalogueChanged();
    void assetTagChanged();
    void changed();

private:
    // Fills everything from the vault; false (with m_error) when a read fails.
    bool load(Database &db);

    QPointer<CatalogueController> m_catalogue;
    QString m_assetTag;
    bool m_exists = false;
    QString m_error;
    QString m_name;
    QString m_state;
    QString m_stateText;
    QString m_stateDetail;
    bool m_overdue = false;
    bool m_lendable = false;
    QString m_availabilityText;
    QString m_loanText;
    bool m_underMaintenance = false;
    QVariantList m_facts;
    QVariantList m_figures;
};

} // namespace mycelium
