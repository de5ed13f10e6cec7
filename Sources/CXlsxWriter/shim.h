// libxlsxwriter (Debian's libxlsxwriter-dev), for the helper program kvo-xlsx only: kvo itself
// never links it, so its start-up does not pay for the library.
#include <xlsxwriter.h>
