/*
 * The syntax of plumb templates, fragments and manifests.
 *
 * The grammar stays flat: it reads lines. Which `%end` closes which `%if`, and every
 * other question of structure, is answered by the AST builder, which can then say
 * "`%if` opened at line 4 is never closed" instead of a parser's guess.
 */
parser grammar PlumbParser;

options { tokenVocab = PlumbLexer; }

// ---------------------------------------------------------------- templates and fragments

templateFile : line (NL line)* EOF ;

line
    : directive
    | COMMENT_LINE
    | textLine
    | /* a blank line */
    ;

textLine : ESCAPE? (TEXT | hole)+ | ESCAPE ;

hole : HOLE_OPEN expr HOLE_CLOSE ;

directive
    : TEMPLATE opName (WHEN selector)?                                # templateDirective
    | FRAGMENT IDENT LPAREN (param (COMMA param)*)? RPAREN             # fragmentDirective
    | EXTENDS opName (WHEN selector)?                                 # extendsDirective
    | IF expr                                                         # ifDirective
    | ELIF expr                                                       # elifDirective
    | ELSE_DIR                                                        # elseDirective
    | END                                                             # endDirective
    | EACH IDENT (COMMA IDENT)? IN expr                               # eachDirective
    | LET IDENT ASSIGN expr                                           # letDirective
    | REQUIRE expr ELSE STRING                                        # requireDirective
    | BLOCK IDENT                                                     # blockDirective
    | SUPER                                                           # superDirective
    | INCLUDE IDENT LPAREN (expr (COMMA expr)*)? RPAREN               # includeDirective
    | UNSUPPORTED STRING                                              # unsupportedDirective
    | HEREDOC IDENT                                                   # heredocDirective
    | BAD_DIRECTIVE ~(NL | EOF)*                                      # badDirective
    ;

opName : IDENT (MINUS IDENT)* ;

selector : axisChoice (COMMA axisChoice)* ;

axisChoice : IDENT ASSIGN IDENT (PIPE IDENT)* ;

param : IDENT COLON typeExpr ;

// ---------------------------------------------------------------- expressions
// Alternatives listed first bind tighter.

expr
    : expr DOT IDENT                                   # fieldExpr
    | expr LBRACK expr RBRACK                          # indexExpr
    | MINUS expr                                       # negateExpr
    | expr STAR expr                                   # multiplyExpr
    | expr op=(PLUS | MINUS) expr                      # addExpr
    | expr op=(EQ | NE | LT | LE | GT | GE | IN) expr  # compareExpr
    | NOT expr                                         # notExpr
    | expr AND expr                                    # andExpr
    | expr OR expr                                     # orExpr
    | IDENT LPAREN (expr (COMMA expr)*)? RPAREN        # callExpr
    | IDENT                                            # nameExpr
    | literal                                          # literalExpr
    | LPAREN expr RPAREN                               # parenExpr
    ;

literal
    : STRING                                                          # stringLiteral
    | INT                                                             # intLiteral
    | SIZE                                                            # sizeLiteral
    | (TRUE | FALSE)                                                  # boolLiteral
    | LBRACK (expr (COMMA expr)*)? COMMA? RBRACK                      # listLiteral
    | LBRACE (fieldInit (COMMA fieldInit)*)? COMMA? RBRACE            # recordLiteral
    ;

fieldInit : IDENT COLON expr ;

// ---------------------------------------------------------------- the manifest

manifest : manifestLine (NL manifestLine)* EOF ;

manifestLine
    : PACK opName STRING?                                             # packDecl
    | AXIS IDENT ASSIGN IDENT (PIPE IDENT)*                           # axisDecl
    | OPERATION opName (COMMA opName)*                                # operationDecl
    | TYPE IDENT ASSIGN LBRACE fieldDecl (COMMA fieldDecl)* COMMA? RBRACE  # typeDecl
    | VAR dottedName COLON typeExpr (ASSIGN expr)? STRING?            # varDecl
    | LET dottedName ASSIGN expr STRING?                              # letDecl
    | EXCLUDE selector STRING?                                        # excludeDecl
    | /* blank */                                                     # blankDecl
    ;

fieldDecl : IDENT COLON typeExpr ;

dottedName : word (DOT word)* ;

word : IDENT | PACK | AXIS | OPERATION | TYPE | VAR | LET | EXCLUDE | IN | AND | OR | NOT ;

typeExpr : baseType QUESTION? ;

baseType
    : IDENT LT typeExpr GT                                            # genericType
    | IDENT PIPE IDENT (PIPE IDENT)*                                  # enumType
    | IDENT (bound DOTDOT bound)?                                     # namedType
    ;

bound : MINUS? (INT | SIZE) ;

// A default is read as an expression so that one written as a computation is told to use
// 'let'; the checker accepts only literals there.
