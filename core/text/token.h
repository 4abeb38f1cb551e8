#pragma once

#include "span.h"

// One token of a lossless syntax tree. `trivia` is what stands before the token
// and carries no meaning (blanks, comments, backslash-newline continuations), so a
// document is exactly the concatenation of every token's trivia and text plus the
// trailing trivia at its end. `kind` belongs to the lexer that made the token.
struct Token
{
    int kind = 0;
    Span trivia;
    Span text;

    Span full() const { return trivia.united(text); }
    friend bool operator==(const Token &, const Token &) = default;
};
