#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
%s is printed by printf
  %x keeps its indentation
echo '{{' '}}'
# a shell comment stays: web1

echo done
