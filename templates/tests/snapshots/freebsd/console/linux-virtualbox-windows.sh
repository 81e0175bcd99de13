#!/bin/sh
# plumb: petitecloud console host=linux hypervisor=virtualbox guest=windows
# from: virtualbox/console.plumb
set -eu
socat -,rawer,escape=0x1d UNIX-CONNECT:/vm/fbsd1/console.sock
