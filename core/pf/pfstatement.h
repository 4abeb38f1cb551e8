#pragma once

#include "text/span.h"

#include <QString>

// One top-level or anchor-nested statement of a pf.conf document: a range of
// the document's tokens (the terminating newline excluded). Statements of an
// inline anchor body have the anchor statement as their parent.
struct PfStatement
{
    enum class Kind {
        Macro, // name = value
        Table, // table <name> ...
        Option, // set ...
        Scrub, // scrub ...
        Filter, // pass, block, match, antispoof
        Nat, // nat, no nat
        Binat, // binat, no binat
        Rdr, // rdr, no rdr
        Anchor, // anchor "name" [rule] [{ ... }]
        NatAnchor, // nat-anchor
        RdrAnchor, // rdr-anchor
        BinatAnchor, // binat-anchor
        LoadAnchor, // load anchor name from "file"
        Include, // include "file"
        Ether, // ether pass/block ...
        Queue, // altq on ..., queue ...
        Limiter, // state limiter ..., source limiter ...
        AnchorEnd, // the closing } of an inline anchor body
        Invalid, // not understood; reported as a diagnostic
    };

    Kind kind = Kind::Invalid;
    qsizetype firstToken = 0; // index into PfDocument::tokens()
    qsizetype endToken = 0; // one past the last token
    Span span; // from the first token's text to the last token's text
    int line = 0; // 1-based line of the first token
    int parent = -1; // index of the enclosing anchor statement, -1 at top level
    QString keyword; // the word that decided the kind, as written ("pass", "no", ...)
};
