#pragma once

// The kinds of token the pf.conf lexer makes (stored in Token::kind). Words are
// everything pfctl's lexer reads as one string: keywords, names, addresses,
// numbers and `$macro` references alike; the parser gives them meaning.
enum class PfTokenKind {
    Word, // keyword, name, number, address, `$macro`
    QuotedString, // "..." including the quotes
    Newline, // a newline that ends a statement (continuations are trivia)
    LeftBrace, // {
    RightBrace, // }
    LeftParen, // (
    RightParen, // )
    Comma, // ,
    Equal, // =
    NotEqual, // !=
    Bang, // !
    Less, // <
    Greater, // >
    LessEqual, // <=
    GreaterEqual, // >=
    InnerRange, // ><
    OuterRange, // <>
    Arrow, // ->
    Slash, // /
    Colon, // :
    Minus, // - (address ranges)
    Invalid, // a character pfctl rejects
};
