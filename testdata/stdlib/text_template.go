// Tests: text/template (Go's source on gostack's reflect): actions, pipelines, variables, range over slices, maps (sorted keys), ints and channels, with/if/else, define/template/block, the builtin functions, custom Funcs, methods, options, and Go's parse and exec error texts
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Person struct {
	Name    string
	Age     int
	Emails  []string
	Friends map[string]*Person
	private int
}

func (p Person) Greeting(prefix string) string { return prefix + ", " + p.Name }
func (p *Person) Older(n int) (int, error) {
	if n < 0 {
		return 0, errors.New("negative years")
	}
	return p.Age + n, nil
}

func run(name, text string, data any, funcs template.FuncMap) {
	t := template.New(name)
	if funcs != nil {
		t = t.Funcs(funcs)
	}
	t, err := t.Parse(text)
	if err != nil {
		fmt.Println("parse error:", err)
		return
	}
	var b strings.Builder
	err = t.Execute(&b, data)
	fmt.Printf("%q", b.String())
	if err != nil {
		fmt.Print(" exec error: ", err)
	}
	fmt.Println()
}

func main() {
	bob := &Person{Name: "Bob", Age: 30, Emails: []string{"b@x", "bob@y"}}
	ann := &Person{Name: "Ann", Age: 25, Friends: map[string]*Person{"zed": bob, "al": {Name: "Al"}}}
	run("fields", "{{.Name}} is {{.Age}}; {{len .Emails}} emails: {{range $i, $e := .Emails}}{{if $i}}, {{end}}{{$i}}={{$e}}{{end}}", bob, nil)
	run("map", "{{range $k, $v := .Friends}}[{{$k}}:{{$v.Name}}]{{end}} {{index .Friends \"zed\" | printf \"%v\"}}", ann, nil)
	run("methods", `{{.Greeting "Hi"}} {{.Older 5}} {{(.Older 1) | printf "%03d"}}`, bob, nil)
	run("method error", `{{.Older -1}}`, bob, nil)
	run("else", "{{if .Emails}}has{{else if .Friends}}friends{{else}}none{{end}} {{with .Friends}}{{len .}}{{else}}no friends{{end}}", ann, nil)
	run("trim", "a  {{- 1 -}}  b {{/* comment */}} c\n{{- \"d\"}}", nil, nil)
	run("funcs", `{{and 1 0 2}} {{or 0 "" "x"}} {{not true}} {{eq 1 1 2}} {{ne "a" "b"}} {{lt 1 2}} {{le 2 2}} {{gt 1.5 2.5}} {{ge "b" "a"}}`, nil, nil)
	run("print", `{{print 1 2 "x" 3}} {{println "a" 1}}{{printf "%5.2f|%-4s|%x" 3.14159 "ab" 255}} {{html "<a href='x'>&</a>"}} {{js "it's \"q\" <b>"}} {{urlquery "a b&c"}}`, nil, nil)
	run("index slice", `{{index . 1}} {{slice . 1 3}} {{index "abc" 1}} {{slice "hello" 1}} {{len "héllo"}}`, []int{10, 20, 30, 40}, nil)
	run("vars", `{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}} {{$}}`, "dot", nil)
	run("range int", `{{range 3}}{{.}}{{end}} {{range $i, $c := "ab"}}{{$i}}{{$c}}{{end}} {{range .}}{{.}}{{else}}empty{{end}}`, []int{}, nil)
	run("break", `{{range .}}{{if eq . 3}}{{break}}{{end}}{{if eq . 1}}{{continue}}{{end}}{{.}}{{end}}`, []int{0, 1, 2, 3, 4}, nil)
	run("define", `{{define "T"}}<{{.}}>{{end}}{{template "T" "x"}}{{block "B" 5}}[{{.}}]{{end}}`, nil, nil)
	run("custom", `{{upper .}} {{. | repeat 3}} {{join (split . "-") "+"}}`, "a-b", template.FuncMap{
		"upper":  strings.ToUpper,
		"repeat": func(n int, s string) string { return strings.Repeat(s, n) },
		"split":  strings.Split,
		"join":   strings.Join,
	})
	run("func error", `{{fail}}`, nil, template.FuncMap{"fail": func() (string, error) { return "", errors.New("it failed") }})
	run("func panic", `{{boom}}`, nil, template.FuncMap{"boom": func() string { panic("kaboom") }})
	run("nested", "{{range .Friends}}{{.Name}}:{{range .Emails}}{{.}};{{end}}{{end}}", ann, nil)

	// Exec errors.
	run("no field", "{{.Nope}}", bob, nil)
	run("unexported", "{{.private}}", bob, nil)
	run("nil map", "{{.Friends.x.Name}}", bob, nil)
	run("index out of range", "{{index . 5}}", []int{1}, nil)
	run("bad compare", "{{lt 1 \"a\"}}", nil, nil)
	run("wrong args", `{{.Greeting}}`, bob, nil)
	run("not a func", `{{.Name 1}}`, bob, nil)
	run("no template", `{{template "missing"}}`, nil, nil)
	run("missing key", "{{.a}} {{.b}}", map[string]int{"a": 1}, nil)
	t := template.Must(template.New("opt").Option("missingkey=error").Parse("{{.b}}"))
	fmt.Println(t.Execute(os.Stdout, map[string]int{"a": 1}))
	t = template.Must(template.New("zero").Option("missingkey=zero").Parse("{{.b}}\n"))
	t.Execute(os.Stdout, map[string]int{"a": 1})

	// Parse errors.
	run("unclosed", "{{.Name", nil, nil)
	run("bad end", "{{end}}", nil, nil)
	run("unknown func", "{{nope 1}}", nil, nil)
	run("missing end", "{{if 1}}x", nil, nil)
	run("bad number", "{{1x}}", nil, nil)
	run("undefined var", "{{$x}}", nil, nil)
	run("unexpected", "{{range}}{{end}}", nil, nil)
	run("string", "{{\"abc}}", nil, nil)

	// Templates and lookup.
	root := template.Must(template.New("root").Parse(`{{define "a"}}A{{.}}{{end}}{{define "b"}}B{{template "a" .}}{{end}}root`))
	fmt.Println(len(root.DefinedTemplates()))
	root.ExecuteTemplate(os.Stdout, "b", 1)
	fmt.Println()
	fmt.Println(root.ExecuteTemplate(os.Stdout, "c", 1))
	fmt.Println(root.Lookup("a").Name(), root.Lookup("zz") == nil, len(root.Templates()))
	clone := template.Must(root.Clone())
	template.Must(clone.Parse(`{{define "a"}}a2{{end}}`))
	clone.ExecuteTemplate(os.Stdout, "b", 0)
	root.ExecuteTemplate(os.Stdout, "b", 0)
	fmt.Println()
	d := template.Must(template.New("d").Delims("<<", ">>").Parse("<<.>> {{.}}\n"))
	d.Execute(os.Stdout, 7)
	fmt.Println(template.HTMLEscapeString("<&>\"'"), template.JSEscapeString("</script>"), template.URLQueryEscaper("a b", 1))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		template.Must(template.New("m").Parse("{{"))
	}()
}
