#pragma once
// The one place that includes qcustomplot.h. It uses Qt's bare `signals:`,
// `slots` and `foreach` keywords, which the code base disables
// (QT_NO_KEYWORDS, because they clash with LibTorch): define them for this
// header only.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef foreach
#undef slots
#undef signals
