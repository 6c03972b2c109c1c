// Tests: os.Expand/ExpandEnv, Environ/Clearenv after Setenv, the user directories, Chmod (setuid/setgid/sticky bits), Chtimes, Chown's errors and SEEK_* constants.
package main

import (
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	os.Setenv("GREETING", "hi")
	os.Setenv("HOME", "/home/gopher")
	os.Setenv("XDG_CONFIG_HOME", "relative/dir")
	os.Unsetenv("XDG_CACHE_HOME")
	fmt.Println(os.ExpandEnv("$GREETING ${GREETING}! $HOME/x ${NOPE}|$ $$ ${} ${GREETING $1"))
	fmt.Println(os.Expand("$a-${b}-$", func(k string) string { return strings.ToUpper(k) + "!" }))
	found := 0
	for _, kv := range os.Environ() {
		if kv == "GREETING=hi" || kv == "HOME=/home/gopher" {
			found++
		}
	}
	fmt.Println("found", found)
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())
	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("GREETING") == "")
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)

	dir := "chmod-golden-dir"
	os.RemoveAll(dir)
	os.Mkdir(dir, 0o755)
	name := dir + "/f.txt"
	os.WriteFile(name, []byte("data"), 0o644)
	for _, m := range []os.FileMode{0o600, 0o755 | os.ModeSetuid, 0o640 | os.ModeSetgid | os.ModeSticky, 0o7777} {
		err := os.Chmod(name, m)
		fi, _ := os.Stat(name)
		fmt.Println(err, fi.Mode(), fi.Mode().Perm())
	}
	f, _ := os.Open(name)
	fmt.Println(f.Chmod(0o400))
	f.Close()
	fi, _ := os.Stat(name)
	fmt.Println(fi.Mode())
	err := os.Chmod(dir+"/missing", 0o600)
	fmt.Println(err, os.IsNotExist(err))
	when := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	fmt.Println(os.Chtimes(name, when, when))
	fi, _ = os.Stat(name)
	fmt.Println(fi.ModTime().UTC())
	fmt.Println(os.Chtimes(dir+"/missing", when, when))
	fmt.Println(os.Chown(dir+"/missing", 0, 0))
	os.RemoveAll(dir)
}
