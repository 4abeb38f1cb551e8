#pragma once

// The kinds of Token a jail.conf lexer makes (Token::kind holds one of these).
enum class JailConfTokenKind {
    Word, // one value: adjacent unquoted runs, quoted strings and variables
    Assign, // =
    Append, // +=
    Comma, // ,
    Semicolon, // ;
    OpenBrace, // {
    CloseBrace, // }
    Invalid, // a character jail(8) rejects, or an unterminated string or variable
    End, // end of input; its trivia is what follows the last token
};
