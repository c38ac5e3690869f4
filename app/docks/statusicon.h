// The small icon beside a result's status line: a warning for a stale
// result, an error for a problem, nothing otherwise. Shared by the
// Scenario dock's results and the Weak Links dock, so they look alike.
#pragma once

class QLabel;

namespace wl {

enum class StatusIcon { None, Warning, Critical };

// Shows `icon` on `label` at the small icon size of its style; hides the
// label for StatusIcon::None.
void showStatusIcon(QLabel *label, StatusIcon icon);

} // namespace wl
