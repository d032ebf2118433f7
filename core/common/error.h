#pragma once

#include <QString>

namespace iroi {

// What went wrong, with enough context for the user to find and fix it. Core code
// returns these instead of showing anything; the UI and the command line word them.
struct Error
{
    enum class Kind {
        Usage,      // the caller asked for something impossible (bad option, unknown name)
        BadInput,   // the data or file is not what was expected
        Io,         // the file system refused
        Database,   // SQLite refused
        Cancelled,  // the user stopped the work
    };

    Kind kind = Kind::BadInput;
    QString message;   // one sentence, no trailing period needed
    QString file;      // optional: the file concerned
    qint64 row = -1;   // optional: 1-based row in that file
    QString column;    // optional: column header or letter
    QString value;     // optional: the offending value as found
    QString expected;  // optional: what would have been accepted

    static Error usage(QString message);
    static Error badInput(QString message);
    static Error io(QString message, QString file = {});
    static Error database(QString message, QString file = {});
    static Error cancelled();

    // One line, e.g. "orders.csv, row 12, column Revenue: value "abc": expected a number".
    QString toString() const;
};

} // namespace iroi
