#include "dialogs/errorbox.h"

#include <QMessageBox>

namespace anomalens::ui {

QMessageBox* showErrorBox(QWidget* parent, const QString& summary, const QString& details)
{
    auto* box = new QMessageBox(QMessageBox::Critical, QMessageBox::tr("Anomalens"), summary,
                                QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setInformativeText(details);
    // Investigators paste error texts into reports and tickets.
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return box;
}

} // namespace anomalens::ui
