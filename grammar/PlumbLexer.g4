/*
 * Tokens of plumb templates and manifests.
 *
 * A template is read line by line. The default mode sits at the start of a line and
 * decides what the line is: a directive (`%if`, `%each`, …), a template comment (`%#`),
 * an escaped text line (`%%`), or a text line. Text lines switch to TEXT mode, where
 * `{{` opens a hole lexed in EXPR mode until `}}`. Directives are lexed in EXPR mode
 * until the end of their line. Manifests (`pack.plumb`) are lexed in MANIFEST mode, which
 * the syntax package selects before reading one.
 */
lexer grammar PlumbLexer;

// ---------------------------------------------------------------- start of a line

COMMENT_LINE : [ \t]* '%#' ~[\r\n]* ;
ESCAPE       : [ \t]* '%%' -> mode(TEXT_MODE) ;

TEMPLATE     : [ \t]* '%template'    -> pushMode(EXPR_MODE) ;
FRAGMENT     : [ \t]* '%fragment'    -> pushMode(EXPR_MODE) ;
EXTENDS      : [ \t]* '%extends'     -> pushMode(EXPR_MODE) ;
IF           : [ \t]* '%if'          -> pushMode(EXPR_MODE) ;
ELIF         : [ \t]* '%elif'        -> pushMode(EXPR_MODE) ;
ELSE_DIR     : [ \t]* '%else'        -> pushMode(EXPR_MODE) ;
END          : [ \t]* '%end'         -> pushMode(EXPR_MODE) ;
EACH         : [ \t]* '%each'        -> pushMode(EXPR_MODE) ;
LET          : [ \t]* '%let'         -> pushMode(EXPR_MODE) ;
REQUIRE      : [ \t]* '%require'     -> pushMode(EXPR_MODE) ;
BLOCK        : [ \t]* '%block'       -> pushMode(EXPR_MODE) ;
SUPER        : [ \t]* '%super'       -> pushMode(EXPR_MODE) ;
INCLUDE      : [ \t]* '%include'     -> pushMode(EXPR_MODE) ;
UNSUPPORTED  : [ \t]* '%unsupported' -> pushMode(EXPR_MODE) ;
HEREDOC      : [ \t]* '%heredoc'     -> pushMode(EXPR_MODE) ;
// Longer than any keyword above that it shares a prefix with (`%iffy`), so it wins.
BAD_DIRECTIVE : [ \t]* '%' [a-zA-Z0-9_-]* -> pushMode(EXPR_MODE) ;

NL           : [ \t]* NEWLINE ;
INDENT       : [ \t]+ -> type(TEXT), mode(TEXT_MODE) ;
LINE_HOLE    : '{{' -> type(HOLE_OPEN), mode(TEXT_MODE), pushMode(EXPR_MODE) ;
LINE_TEXT    : (~[ \t%\r\n{]+ | '{') -> type(TEXT), mode(TEXT_MODE) ;

fragment NEWLINE : '\r'? '\n' ;

// ---------------------------------------------------------------- the rest of a text line

mode TEXT_MODE;

HOLE_OPEN    : '{{' -> pushMode(EXPR_MODE) ;
TEXT_NL      : NEWLINE -> type(NL), mode(DEFAULT_MODE) ;
TEXT         : ~[{\r\n]+ | '{' | '\r' ;

// ---------------------------------------------------------------- expressions: directives and holes

mode EXPR_MODE;

HOLE_CLOSE   : '}}' -> popMode ;
EXPR_NL      : NEWLINE -> type(NL), popMode, mode(DEFAULT_MODE) ;
EXPR_WS      : [ \t]+ -> skip ;

WHEN         : 'when' ;
IN           : 'in' ;
AND          : 'and' ;
OR           : 'or' ;
NOT          : 'not' ;
TRUE         : 'true' ;
FALSE        : 'false' ;
ELSE         : 'else' ;

SIZE         : DIGITS [BKMGT] ;
INT          : DIGITS ;
STRING       : '"' (ESC | ~["\\\r\n])* '"' ;
// A string the line ends inside of; the parser reports it as such.
OPEN_STRING  : '"' (ESC | ~["\\\r\n])* '\\'? ;
IDENT        : [a-z] [a-z0-9_]* ;

EQ           : '==' ;
NE           : '!=' ;
LE           : '<=' ;
GE           : '>=' ;
LT           : '<' ;
GT           : '>' ;
ASSIGN       : '=' ;
PLUS         : '+' ;
MINUS        : '-' ;
STAR         : '*' ;
DOTDOT       : '..' ;
DOT          : '.' ;
COMMA        : ',' ;
COLON        : ':' ;
PIPE         : '|' ;
QUESTION     : '?' ;
LPAREN       : '(' ;
RPAREN       : ')' ;
LBRACK       : '[' ;
RBRACK       : ']' ;
LBRACE       : '{' ;
RBRACE       : '}' ;
// Anything else is one token the parser rejects with its location.
UNEXPECTED   : . ;

fragment DIGITS : [0-9]+ ;
fragment ESC    : '\\' ~[\r\n] ;

// ---------------------------------------------------------------- the manifest, pack.plumb

mode MANIFEST_MODE;

M_NL         : NEWLINE -> type(NL) ;
M_WS         : [ \t]+ -> skip ;
M_COMMENT    : '#' ~[\r\n]* -> skip ;

PACK         : 'pack' ;
AXIS         : 'axis' ;
OPERATION    : 'operation' ;
TYPE         : 'type' ;
VAR          : 'var' ;
EXCLUDE      : 'exclude' ;
M_LET        : 'let' -> type(LET) ;
M_IN         : 'in' -> type(IN) ;
M_AND        : 'and' -> type(AND) ;
M_OR         : 'or' -> type(OR) ;
M_NOT        : 'not' -> type(NOT) ;
M_TRUE       : 'true' -> type(TRUE) ;
M_FALSE      : 'false' -> type(FALSE) ;

M_SIZE       : DIGITS [BKMGT] -> type(SIZE) ;
M_INT        : DIGITS -> type(INT) ;
M_STRING     : '"' (ESC | ~["\\\r\n])* '"' -> type(STRING) ;
M_OPEN_STRING : '"' (ESC | ~["\\\r\n])* '\\'? -> type(OPEN_STRING) ;
M_IDENT      : [a-z] [a-z0-9_]* -> type(IDENT) ;

M_EQ         : '==' -> type(EQ) ;
M_NE         : '!=' -> type(NE) ;
M_LE         : '<=' -> type(LE) ;
M_GE         : '>=' -> type(GE) ;
M_ASSIGN     : '=' -> type(ASSIGN) ;
M_LT         : '<' -> type(LT) ;
M_GT         : '>' -> type(GT) ;
M_PLUS       : '+' -> type(PLUS) ;
M_STAR       : '*' -> type(STAR) ;
M_LPAREN     : '(' -> type(LPAREN) ;
M_RPAREN     : ')' -> type(RPAREN) ;
M_MINUS      : '-' -> type(MINUS) ;
M_DOTDOT     : '..' -> type(DOTDOT) ;
M_DOT        : '.' -> type(DOT) ;
M_COMMA      : ',' -> type(COMMA) ;
M_COLON      : ':' -> type(COLON) ;
M_PIPE       : '|' -> type(PIPE) ;
M_QUESTION   : '?' -> type(QUESTION) ;
M_LBRACK     : '[' -> type(LBRACK) ;
M_RBRACK     : ']' -> type(RBRACK) ;
M_LBRACE     : '{' -> type(LBRACE) ;
M_RBRACE     : '}' -> type(RBRACE) ;
M_UNEXPECTED : . -> type(UNEXPECTED) ;
