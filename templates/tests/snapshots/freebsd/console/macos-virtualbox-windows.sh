#!/bin/sh
# plumb: petitecloud console host=macos hypervisor=virtualbox guest=windows
# from: virtualbox/console.plumb
set -eu
PATH="/opt/homebrew/bin:/usr/local/bin:$PATH"
socat -,rawer,escape=0x1d UNIX-CONNECT:/vm/fbsd1/console.sock
