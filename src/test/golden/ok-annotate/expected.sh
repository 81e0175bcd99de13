#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
# start.plumb:2
echo one
# start.plumb:3
echo two \
  three
# start.plumb:5
echo four
