#include "dialogs/aboutdialog.h"

#include "media/ffmpegversion.h"
#include "models/device.h"
#include "store/sqliteversion.h"
#include "widgets/glyphicons.h"
#include "widgets/qcustomplot_wrapper.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace anomalens::ui {

namespace {

// The build's version (CMake's PROJECT_VERSION): the library is also used by
// the tests, where no main() sets QApplication::applicationVersion().
QString toolVersion() { return QStringLiteral(ANOMALENS_UI_VERSION); }

QString fromStd(const std::string& text) { return QString::fromStdString(text); }

struct Component {
    QString name;
    QString version;
};

QList<Component> components()
{
    QString qt = QString::fromLatin1(qVersion());
    if (qt != QLatin1String(QT_VERSION_STR))
        qt = AboutDialog::tr("%1 (built with %2)").arg(qt, QLatin1String(QT_VERSION_STR));
    const QString blas = fromStd(models::blasDescription());
    return {
        {QStringLiteral("Anomalens"), toolVersion()},
        {QStringLiteral("Qt"), qt},
        {QStringLiteral("LibTorch"), fromStd(models::libtorchVersion())},
        {QStringLiteral("FFmpeg"), fromStd(media::ffmpegVersion())},
        {QStringLiteral("SQLite"), fromStd(store::sqliteVersion())},
        {QStringLiteral("QCustomPlot"), QStringLiteral(QCUSTOMPLOT_VERSION_STR)},
        {AboutDialog::tr("BLAS"), blas.isEmpty() ? AboutDialog::tr("not identified (not OpenBLAS)") : blas},
        {AboutDialog::tr("Device"), fromStd(models::describeDevice())},
        {AboutDialog::tr("System"), QSysInfo::prettyProductName() + QStringLiteral(" (") +
                                        QSysInfo::currentCpuArchitecture() + QLatin1Char(')')},
    };
}

} // namespace

QString AboutDialog::versionReport()
{
    QStringList lines;
    for (const Component& component : components())
        lines << tr("%1: %2").arg(component.name, component.version);
    return lines.join(QLatin1Char('\n'));
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Anomalens"));

    auto* logo = new QLabel;
    logo->setPixmap(glyphIcon(Glyph::AppLogo).pixmap(64, 64));
    logo->setAlignment(Qt::AlignTop);
    auto* title = new QLabel(tr("<h2>Anomalens %1</h2>"
                                "<p>Forensic review of CCTV footage: find the few seconds that matter.</p>"
                                "<p>Evidence files are opened read-only and never modified.</p>")
                                 .arg(toolVersion()));
    title->setWordWrap(true);
    auto* header = new QHBoxLayout;
    header->addWidget(logo);
    header->addWidget(title, 1);

    // A table in a text browser rather than labels: long lines (FFmpeg's,
    // the BLAS configuration) wrap, and the text can be selected.
    QString rows;
    const QList<Component> list = components();
    for (const Component& component : list)
        rows += QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(component.name.toHtmlEscaped(), component.version.toHtmlEscaped());
    auto* versions = new QTextBrowser;
    versions->setObjectName(QStringLiteral("aboutVersions"));
    versions->setHtml(QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(rows));
    versions->setMinimumHeight(200);

    m_report = versionReport() + QLatin1Char('\n');

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* copy = buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("aboutCopy"));
    copy->setToolTip(tr("Copy these versions, e.g. into a bug report"));
    connect(copy, &QPushButton::clicked, this, &AboutDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(versions, 1);
    layout->addWidget(buttons);
    resize(640, 400);
}

void AboutDialog::copyToClipboard() { QApplication::clipboard()->setText(m_report); }

} // namespace anomalens::ui
