// Tests: net/url (Go's url.go): Parse and its error texts, URL fields and String/Redacted/Hostname/Port, Query and Values, the escape and unescape functions, ResolveReference, JoinPath, Clone and the text marshalers
package main

import (
	"errors"
	"fmt"
	"net/url"
)

func main() {
	u, err := url.Parse("postgres://user:pa%20ss@host.com:5432/a%2Fb/c?k=v&k=w&x=%41#frag%21")
	if err != nil {
		panic(err)
	}
	fmt.Printf("%q %q %q %q %q %q %q %q %q\n", u.Scheme, u.User, u.Host, u.Path, u.RawPath, u.RawQuery, u.Fragment, u.RawFragment, u.Opaque)
	pw, ok := u.User.Password()
	fmt.Println(u.User.Username(), pw, ok, u.Hostname(), u.Port(), u.EscapedPath(), u.EscapedFragment())
	fmt.Println(u, u.Redacted(), u.RequestURI(), u.IsAbs())
	q := u.Query()
	fmt.Println(q, q.Get("k"), q["k"], q.Has("x"), q.Get("missing"))
	q.Add("z", "1 2&3")
	q.Set("k", "only")
	q.Del("x")
	fmt.Println(q.Encode())
	u.RawQuery = q.Encode()
	fmt.Printf("%v\n%+v\n%#v\n", u, u, u.User)

	for _, s := range []string{
		"http://[fe80::1%25en0]:8080/",
		"mailto:joe@example.com",
		"/relative/path?q",
		"//host/only",
		"http://h/%zz",
		"http://h:port/",
		"http://[::1]:80x/",
		"http://[1.2.3.4]/",
		"http://[fe80::1%en0]/",
		"http://[:::1]/",
		"http://a:1:2/",
		"mongodb://a:1,b:2/db",
		":foo",
		"ht tp://x",
		"http://x y/",
		"http://host/\x7f",
		"",
		"http://user@host@x/",
		"file:///etc/hosts",
		"HTTP://Example.COM/%7Efoo",
	} {
		u, err := url.Parse(s)
		if err != nil {
			var ue *url.Error
			fmt.Println("error:", err, errors.As(err, &ue), ue.Op, ue.URL)
			continue
		}
		fmt.Printf("%q -> %q host=%q path=%q opaque=%q port=%q\n", s, u.String(), u.Host, u.Path, u.Opaque, u.Port())
	}
	_, err = url.ParseRequestURI("relative")
	fmt.Println(err)
	ru, err := url.ParseRequestURI("/a b?c=d#e")
	fmt.Println(ru, err)

	fmt.Println(url.QueryEscape("a b/c?d=e&f+g"), url.PathEscape("a b/c?d"))
	for _, s := range []string{"a+b%20c", "%zz", "%4", "ok%2F"} {
		q, qe := url.QueryUnescape(s)
		p, pe := url.PathUnescape(s)
		fmt.Printf("%q %v | %q %v\n", q, qe, p, pe)
	}
	vs, err := url.ParseQuery("a=1&b=2&a=3&c&d=%zz&e=5")
	fmt.Println(vs, err)
	_, err = url.ParseQuery("a=1;b=2")
	fmt.Println(err)
	v := url.Values{"name": {"Ava"}, "friend": {"Jess", "Sarah", "Zoe"}}
	fmt.Println(v.Encode())

	base, _ := url.Parse("http://example.com/directory/file?q=1#f")
	for _, r := range []string{"../../..//search?q=dotnet", "other", "/abs", "?only", "#frag", "//other.host/x", "https://x/y/./z/../w"} {
		ref, _ := url.Parse(r)
		fmt.Println(base.ResolveReference(ref))
	}
	fmt.Println(base.Parse("sub/page"))
	fmt.Println(base.JoinPath("a", "../b", "c/"))
	j, err := url.JoinPath("https://host/base/", "x", "y")
	fmt.Println(j, err)
	_, err = url.JoinPath("://bad", "x")
	fmt.Println(err)

	c := u.Clone()
	c.User = url.UserPassword("other", "secret")
	c.Host = "changed:1"
	fmt.Println(u.Host, u.User, c, c.Redacted())
	fmt.Println(url.User("solo"), url.UserPassword("a", ""))
	b, err := u.MarshalBinary()
	fmt.Println(string(b), err)
	var m url.URL
	fmt.Println(m.UnmarshalBinary([]byte("https://m/x")), m.String())
	fmt.Println((&url.URL{Scheme: "http", Host: "h", Path: "/a b", RawQuery: "x=1", Fragment: "y z"}).String())
	fmt.Println((&url.URL{Path: "a:b"}).String(), (&url.URL{Scheme: "s", Opaque: "op"}).String())
	e := &url.Error{Op: "Get", URL: "http://x", Err: errors.New("boom")}
	fmt.Println(e, e.Unwrap(), e.Timeout(), e.Temporary())
	fmt.Println(url.EscapeError("%zz"), url.InvalidHostError("h/"))
}
