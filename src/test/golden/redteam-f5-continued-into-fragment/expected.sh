#!/bin/sh
# plumb: redteam start
# from: start.plumb
set -eu
echo started\
# log: '/var/log/x; touch canary'
