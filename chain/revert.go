package chain

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
)

// ErrReverted is matched (errors.Is) by every RevertError.
var ErrReverted = errors.New("execution reverted")

// ErrorDecoder turns revert data into a typed custom error value; generated
// bindings provide one as (*Contract).UnpackError.
type ErrorDecoder func(data []byte) (any, error)

// RevertError is a call or transaction that reverted, with its decoded cause.
// Branch on the typed Decoded value (e.g. *contracts.MarketplaceInvalidProof),
// never on the message.
type RevertError struct {
	Label   string // what was attempted, e.g. "fillSlot"
	Data    []byte // raw revert data
	Reason  string // Error(string) reason or Panic code, if any
	Name    string // decoded custom error type name, if any
	Decoded any    // the decoded custom error value, if any
}

func (e *RevertError) Error() string {
	var b strings.Builder
	if e.Label != "" {
		b.WriteString(e.Label)
		b.WriteString(": ")
	}
	b.WriteString("reverted")
	switch {
	case e.Name != "":
		fmt.Fprintf(&b, " with %s", e.Name)
		if v := fieldsOf(e.Decoded); v != "" {
			fmt.Fprintf(&b, "(%s)", v)
		}
	case e.Reason != "":
		fmt.Fprintf(&b, ": %s", e.Reason)
	case len(e.Data) > 0:
		fmt.Fprintf(&b, " with unknown data %s", hexutil.Encode(e.Data))
	}
	return b.String()
}

// Is makes errors.Is(err, ErrReverted) true.
func (e *RevertError) Is(target error) bool { return target == ErrReverted }

// AsRevert returns the RevertError in err's chain, if any.
func AsRevert(err error) (*RevertError, bool) {
	var re *RevertError
	ok := errors.As(err, &re)
	return re, ok
}

// newRevertError decodes data with the decoders, falling back to the
// standard Error(string) / Panic(uint256) encodings.
func newRevertError(label string, data []byte, decoders []ErrorDecoder) *RevertError {
	re := &RevertError{Label: label, Data: data}
	if reason, err := abi.UnpackRevert(data); err == nil {
		re.Reason = reason
		return re
	}
	for _, d := range decoders {
		if v, err := d(data); err == nil && v != nil {
			re.Decoded = v
			re.Name = typeName(v)
			return re
		}
	}
	return re
}

// revertFromCallError extracts revert data from an eth_call/estimateGas error.
func revertFromCallError(label string, err error, decoders []ErrorDecoder) (*RevertError, bool) {
	data, ok := ethclient.RevertErrorData(err)
	if !ok {
		// Some nodes report a revert without data (require without reason).
		if strings.Contains(err.Error(), "execution reverted") {
			return &RevertError{Label: label}, true
		}
		return nil, false
	}
	return newRevertError(label, data, decoders), true
}

func typeName(v any) string {
	t := reflect.TypeOf(v)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Name()
}

func fieldsOf(v any) string {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return ""
		}
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return ""
	}
	parts := make([]string, 0, rv.NumField())
	for i := 0; i < rv.NumField(); i++ {
		if !rv.Type().Field(i).IsExported() {
			continue
		}
		f := rv.Field(i).Interface()
		if b, ok := f.([32]byte); ok {
			f = hexutil.Encode(b[:])
		}
		parts = append(parts, fmt.Sprintf("%s=%v", rv.Type().Field(i).Name, f))
	}
	return strings.Join(parts, ", ")
}
