#!/bin/sh
# plumb: petitecloud rollback host=linux hypervisor=virtualbox guest=freebsd
# from: virtualbox/rollback.plumb
set -eu
VBoxManage snapshot fbsd1 restore installed
