" Colours for plumb templates and manifests (*.plumb), for Vim and Neovim: directives, holes and
" their expressions, comments and strings; in a manifest, its declarations. Template text lines
" are shell, which this file leaves uncoloured but for their holes. Neovim 0.9 and later also
" colour from plumb lsp's semantic tokens, over these.
if exists("b:current_syntax")
  finish
endif

" The language's own rule: a file whose first line that is not blank starts with '%' is a template
" or a fragment; any other is the manifest.
let s:first = getline(nextnonblank(1))

" holes and the expressions in them, in both kinds of file
syntax region plumbHole matchgroup=plumbHoleDelimiter start=/{{-\?/ end=/-\?}}/ oneline keepend contains=@plumbExpression
syntax region plumbString start=/"/ skip=/\\"/ end=/"/ oneline contained
syntax match plumbNumber /\<\d\+[KMGT]\?\>/ contained
syntax match plumbFunction /\<\h[A-Za-z0-9_]*\ze(/ contained
syntax match plumbOperator /==\|!=\|<=\|>=\|&&\|||\|[<>!+*\/|]/ contained
syntax keyword plumbKeyword contained and or not in when true false
syntax cluster plumbExpression contains=plumbString,plumbNumber,plumbFunction,plumbOperator,plumbKeyword

if s:first =~# '^\s*%'
  syntax match plumbComment /^\s*%#.*$/
  syntax match plumbDirective /^\s*%\h[A-Za-z0-9_-]*/ nextgroup=plumbDirectiveRest skipwhite
  syntax match plumbDirectiveRest /.*$/ contained contains=@plumbExpression,plumbHole
else
  syntax match plumbComment /#.*$/ contains=@Spell
  syntax keyword plumbDeclaration pack axis operation var let type exclude
  syntax keyword plumbType string name int size bool path secret mac ipv4 list
  syntax region plumbDocString start=/"/ skip=/\\"/ end=/"/ oneline
  syntax match plumbNumber /\<\d\+[KMGT]\?\>/
  syntax match plumbOperator /\.\.\|[=:|?<>]/
endif

highlight default link plumbHoleDelimiter Special
highlight default link plumbString String
highlight default link plumbDocString String
highlight default link plumbNumber Number
highlight default link plumbFunction Function
highlight default link plumbOperator Operator
highlight default link plumbKeyword Keyword
highlight default link plumbComment Comment
highlight default link plumbDirective PreProc
highlight default link plumbDeclaration Keyword
highlight default link plumbType Type

let b:current_syntax = "plumb"
