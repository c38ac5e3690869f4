#include "statusicon.h"

#include <QLabel>
#include <QStyle>

namespace wl {

void showStatusIcon(QLabel *label, StatusIcon icon)
{
    if (icon != StatusIcon::None) {
        QStyle *style = label->style();
        const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, label);
        label->setPixmap(
            style
                ->standardIcon(icon == StatusIcon::Warning ? QStyle::SP_MessageBoxWarning
                                                           : QStyle::SP_MessageBoxCritical)
                .pixmap(size, size));
    }
    label->setVisible(icon != StatusIcon::None);
}

} // namespace wl
