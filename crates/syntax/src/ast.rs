//! The Go abstract syntax tree.
//!
//! Every node lives in a [`bumpalo::Bump`] arena owned by the caller of
//! [`crate::parse_file`]; children are `&'a` references and `&'a [T]` slices
//! into that arena, so a whole file is freed at once.
//!
//! Types and expressions share one node kind ([`ExprKind`]), as in `go/ast`:
//! Go's grammar cannot tell `T(x)` (conversion) from `f(x)` (call), or `*T`
//! (pointer type) from `*p` (dereference), without name resolution; the
//! checker decides. Every [`Expr`] has an [`ExprId`], dense per file, so the
//! checker can keep its results in side tables indexed by id.
//!
//! Every node carries a [`Span`] (byte offsets into the source); positions
//! print as `file:line:col` through [`crate::SourceMap`].

pub use crate::span::Span;

/// An identifier with its position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ident<'a> {
    pub name: &'a str,
    pub span: Span,
}

/// A whole source file.
#[derive(Debug)]
pub struct File<'a> {
    pub package: Ident<'a>,
    pub imports: &'a [ImportSpec<'a>],
    pub decls: &'a [Decl<'a>],
    /// Number of expressions in the file: every `ExprId` is below this.
    pub expr_count: u32,
}

#[derive(Debug)]
pub struct ImportSpec<'a> {
    /// `import x "path"`, `import . "path"` or `import _ "path"`.
    pub name: Option<Ident<'a>>,
    /// The path, unquoted (`"fmt"` → `fmt`).
    pub path: &'a str,
    /// Span of the path literal.
    pub path_span: Span,
    pub span: Span,
}

#[derive(Debug)]
pub enum Decl<'a> {
    Gen(&'a GenDecl<'a>),
    Func(&'a FuncDecl<'a>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Const,
    Var,
    Type,
    Import,
}

/// `const (...)`, `var x = 1`, `type T struct{}`: a keyword and its specs.
#[derive(Debug)]
pub struct GenDecl<'a> {
    pub kind: GenKind,
    pub specs: &'a [Spec<'a>],
    pub span: Span,
    /// True when the specs were written in parentheses.
    pub grouped: bool,
}

#[derive(Debug)]
pub enum Spec<'a> {
    Value(&'a ValueSpec<'a>),
    Type(&'a TypeSpec<'a>),
    Import(&'a ImportSpec<'a>),
}

/// One line of a const or var declaration.
#[derive(Debug)]
pub struct ValueSpec<'a> {
    pub names: &'a [Ident<'a>],
    pub typ: Option<&'a Expr<'a>>,
    /// Empty for `var x T` and for a const spec that repeats the previous
    /// spec's expressions (the checker does the repetition).
    pub values: &'a [Expr<'a>],
    /// Index of this spec within its group: the value of `iota`.
    pub iota: u32,
    pub span: Span,
}

/// `type Name[P C] = T` or `type Name T`.
#[derive(Debug)]
pub struct TypeSpec<'a> {
    pub name: Ident<'a>,
    pub type_params: &'a [Field<'a>],
    /// True for an alias declaration (`type A = B`).
    pub alias: bool,
    pub typ: &'a Expr<'a>,
    pub span: Span,
}

#[derive(Debug)]
pub struct FuncDecl<'a> {
    /// The receiver, for methods: exactly one field (possibly unnamed).
    pub recv: Option<&'a Field<'a>>,
    pub name: Ident<'a>,
    pub type_params: &'a [Field<'a>],
    pub typ: &'a FuncType<'a>,
    pub body: Option<&'a Block<'a>>,
    pub span: Span,
}

/// A function signature. Parameters written as `a, b int` are one field
/// with two names; unnamed parameters have no names.
#[derive(Debug)]
pub struct FuncType<'a> {
    pub params: &'a [Field<'a>],
    pub results: &'a [Field<'a>],
    pub span: Span,
}

/// A parameter, result, struct field, type parameter or receiver.
#[derive(Debug)]
pub struct Field<'a> {
    /// Empty for an unnamed parameter or an embedded struct field.
    pub names: &'a [Ident<'a>],
    /// The type. A variadic parameter's type is `ExprKind::Ellipsis`.
    pub typ: &'a Expr<'a>,
    /// Struct tag, the raw literal including its quotes.
    pub tag: Option<&'a str>,
    pub span: Span,
}

/// An element of an interface type.
#[derive(Debug)]
pub enum InterfaceElem<'a> {
    /// `Name(params) results`
    Method { name: Ident<'a>, typ: &'a FuncType<'a> },
    /// An embedded interface, a type, `~T`, or a union `A | ~B`
    /// (unions are `Binary(Or, ..)`, tildes `Unary(Tilde, ..)`).
    Embed(&'a Expr<'a>),
}

/// Dense per-file expression number, for checker side tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExprId(pub u32);

#[derive(Debug)]
pub struct Expr<'a> {
    pub id: ExprId,
    pub span: Span,
    pub kind: ExprKind<'a>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    /// `chan T`
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

/// How an array type gives its length.
#[derive(Debug)]
pub enum ArrayLen<'a> {
    /// `[]T`: a slice type.
    Slice,
    /// `[...]T` (only in composite literals).
    Ellipsis,
    /// `[N]T`
    Expr(&'a Expr<'a>),
}

#[derive(Debug)]
pub struct KeyedElement<'a> {
    pub key: Option<&'a Expr<'a>>,
    pub value: &'a Expr<'a>,
}

#[derive(Debug)]
pub enum ExprKind<'a> {
    Ident(&'a str),
    /// A literal; `raw` is the source text (quotes and prefixes included).
    BasicLit {
        kind: LitKind,
        raw: &'a str,
    },
    /// `T{...}`; `typ` is None for an elided type inside another literal.
    CompositeLit {
        typ: Option<&'a Expr<'a>>,
        elts: &'a [KeyedElement<'a>],
        rbrace: Span,
    },
    FuncLit {
        typ: &'a FuncType<'a>,
        body: &'a Block<'a>,
    },
    Paren(&'a Expr<'a>),
    Selector(&'a Expr<'a>, Ident<'a>),
    /// `x[i]`, or a generic instantiation `f[int, string]`.
    Index(&'a Expr<'a>, &'a [Expr<'a>]),
    /// `x[lo:hi]` or `x[lo:hi:max]` (`three` true).
    Slice {
        x: &'a Expr<'a>,
        lo: Option<&'a Expr<'a>>,
        hi: Option<&'a Expr<'a>>,
        max: Option<&'a Expr<'a>>,
        three: bool,
    },
    /// `x.(T)`; `typ` None for `x.(type)` in a type switch.
    TypeAssert(&'a Expr<'a>, Option<&'a Expr<'a>>),
    /// `f(args)`; `ellipsis` is the span of `...` in `f(xs...)`.
    Call {
        fun: &'a Expr<'a>,
        args: &'a [Expr<'a>],
        ellipsis: Option<Span>,
        rparen: Span,
    },
    /// `*x`: dereference or pointer type.
    Star(&'a Expr<'a>),
    /// `op x` (`+ - ! ^ & <- ~`).
    Unary(UnaryOp, &'a Expr<'a>),
    /// `x op y`; `op_span` is the operator's position.
    Binary {
        op: BinaryOp,
        op_span: Span,
        x: &'a Expr<'a>,
        y: &'a Expr<'a>,
    },
    /// `...T` as the type of a variadic parameter.
    Ellipsis(Option<&'a Expr<'a>>),
    ArrayType {
        len: ArrayLen<'a>,
        elem: &'a Expr<'a>,
    },
    StructType {
        fields: &'a [Field<'a>],
    },
    FuncType(&'a FuncType<'a>),
    InterfaceType {
        elems: &'a [InterfaceElem<'a>],
    },
    MapType {
        key: &'a Expr<'a>,
        value: &'a Expr<'a>,
    },
    ChanType {
        dir: ChanDir,
        elem: &'a Expr<'a>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Pos,
    Neg,
    Not,
    Xor,
    Addr,
    Recv,
    Tilde,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LAnd,
    LOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinaryOp {
    /// The operator as Go writes it.
    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LAnd => "&&",
            LOr => "||",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
        }
    }
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        use UnaryOp::*;
        match self {
            Pos => "+",
            Neg => "-",
            Not => "!",
            Xor => "^",
            Addr => "&",
            Recv => "<-",
            Tilde => "~",
        }
    }
}

#[derive(Debug)]
pub struct Block<'a> {
    pub stmts: &'a [Stmt<'a>],
    pub lbrace: Span,
    pub rbrace: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`, e.g. `+=` is `Op(Add)`.
    Op(BinaryOp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Debug)]
pub struct Stmt<'a> {
    pub span: Span,
    pub kind: StmtKind<'a>,
}

#[derive(Debug)]
pub enum StmtKind<'a> {
    Empty,
    Decl(&'a GenDecl<'a>),
    Labeled {
        label: Ident<'a>,
        stmt: &'a Stmt<'a>,
    },
    Expr(&'a Expr<'a>),
    Send {
        ch: &'a Expr<'a>,
        value: &'a Expr<'a>,
    },
    IncDec {
        x: &'a Expr<'a>,
        inc: bool,
    },
    Assign {
        lhs: &'a [Expr<'a>],
        op: AssignOp,
        op_span: Span,
        rhs: &'a [Expr<'a>],
    },
    Go(&'a Expr<'a>),
    Defer(&'a Expr<'a>),
    Return(&'a [Expr<'a>]),
    Branch {
        kind: BranchKind,
        label: Option<Ident<'a>>,
    },
    Block(&'a Block<'a>),
    If {
        init: Option<&'a Stmt<'a>>,
        cond: &'a Expr<'a>,
        then: &'a Block<'a>,
        /// An `If` statement or a `Block` statement.
        els: Option<&'a Stmt<'a>>,
    },
    Switch {
        init: Option<&'a Stmt<'a>>,
        tag: Option<&'a Expr<'a>>,
        body: &'a [CaseClause<'a>],
        rbrace: Span,
    },
    /// `switch [init;] [bind :=] x.(type) { ... }`
    TypeSwitch {
        init: Option<&'a Stmt<'a>>,
        bind: Option<Ident<'a>>,
        /// The expression whose dynamic type is switched on (the `x` of `x.(type)`).
        x: &'a Expr<'a>,
        body: &'a [CaseClause<'a>],
        rbrace: Span,
    },
    Select {
        body: &'a [CommClause<'a>],
        rbrace: Span,
    },
    For {
        init: Option<&'a Stmt<'a>>,
        cond: Option<&'a Expr<'a>>,
        post: Option<&'a Stmt<'a>>,
        body: &'a Block<'a>,
    },
    /// `for k, v := range x` / `for k, v = range x` / `for range x`.
    Range {
        key: Option<&'a Expr<'a>>,
        value: Option<&'a Expr<'a>>,
        define: bool,
        x: &'a Expr<'a>,
        body: &'a Block<'a>,
    },
}

#[derive(Debug)]
pub struct CaseClause<'a> {
    /// None for `default:`.
    pub list: Option<&'a [Expr<'a>]>,
    pub body: &'a [Stmt<'a>],
    pub span: Span,
    /// Span of the `:` after the case list (Go reports some errors there).
    pub colon: Span,
}

#[derive(Debug)]
pub struct CommClause<'a> {
    /// None for `default:`; otherwise a Send, Expr (receive) or Assign
    /// (`v, ok := <-ch`) statement.
    pub comm: Option<&'a Stmt<'a>>,
    pub body: &'a [Stmt<'a>],
    pub span: Span,
}
