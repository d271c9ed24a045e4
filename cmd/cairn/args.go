package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// interspersed moves a leaf command's flags that follow its positional
// arguments in front of them, so `cairn get photo.jpg -o out.jpg` works like
// `cairn get -o out.jpg photo.jpg` (urfave/cli v2 stops parsing flags at the
// first positional argument). Arguments after "--" stay positional.
func interspersed(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	out := []string{args[0]}
	cmds, flags := app.Commands, app.Flags
	i := 1
	// Walk global flags and command names down to the leaf.
	var leaf *cli.Command
	for i < len(args) {
		a := args[i]
		if strings.HasPrefix(a, "-") && a != "-" && a != "--" {
			out = append(out, a)
			if takesValue(flags, a) && i+1 < len(args) {
				out = append(out, args[i+1])
				i++
			}
			i++
			continue
		}
		var next *cli.Command
		for _, c := range cmds {
			if c.HasName(a) {
				next = c
			}
		}
		if next == nil {
			return args // unknown command: let urfave report it
		}
		out = append(out, a)
		i++
		if len(next.Subcommands) == 0 {
			leaf = next
			break
		}
		cmds, flags = next.Subcommands, append(append([]cli.Flag{}, flags...), next.Flags...)
	}
	if leaf == nil {
		return args
	}
	all := append(append([]cli.Flag{}, flags...), leaf.Flags...)
	var fl, pos []string
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i:]...)
			break
		}
		if strings.HasPrefix(a, "-") && a != "-" {
			fl = append(fl, a)
			if takesValue(all, a) && i+1 < len(args) {
				fl = append(fl, args[i+1])
				i++
			}
			continue
		}
		pos = append(pos, a)
	}
	return append(append(out, fl...), pos...)
}

// takesValue reports whether the flag token a names a flag that reads the
// next argument as its value (not a bool, no "=value" attached).
func takesValue(flags []cli.Flag, a string) bool {
	name := strings.TrimLeft(a, "-")
	if strings.Contains(name, "=") {
		return false
	}
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				_, isBool := f.(*cli.BoolFlag)
				return !isBool
			}
		}
	}
	return false
}
