# bash completion for weaklink-cli (docs/PACKAGING.md): commands, each
# command's options, the values of --engine, --layout, --overlay, --by,
# --format, --page, --lang, --scale and --view, and model files by their
# extensions. Installed as share/bash-completion/completions/weaklink-cli.

_weaklink_cli()
{
    local cur prev words cword
    _init_completion 2>/dev/null || {
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD-1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    }

    local commands="import export layout simulate rank info obligations snapshot snapshots diff report help --help --version"
    local scenario="--seed-node --annual --trials --rng-seed --threads --horizon-hours --sever"
    local models='@(weaklink|json|xml|cdx|csv|xlsx|yaml|yml|dot|gv|txt)'

    if [ "$cword" -eq 1 ]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        return 0
    fi

    case $prev in
        --engine|--layout)
            COMPREPLY=($(compgen -W "dot neato fdp sfdp circo twopi" -- "$cur")); return 0 ;;
        --overlay)
            COMPREPLY=($(compgen -W "likelihood exposure risk time-to-compromise blast-radius" -- "$cur")); return 0 ;;
        --by)
            COMPREPLY=($(compgen -W "blast-radius hardening-gain concentration" -- "$cur")); return 0 ;;
        --format)
            if [ "${words[1]}" = export ]; then
                COMPREPLY=($(compgen -W "csv" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "weaklink json cyclonedx cyclonedx-xml csv xlsx subprocessors threat-dragon otm threagile dot" -- "$cur"))
            fi
            return 0 ;;
        --page)
            COMPREPLY=($(compgen -W "A4 A3 letter A4-portrait A3-portrait letter-portrait" -- "$cur")); return 0 ;;
        --lang)
            COMPREPLY=($(compgen -W "en de" -- "$cur")); return 0 ;;
        --scale)
            COMPREPLY=($(compgen -W "linear log" -- "$cur")); return 0 ;;
        --view)
            COMPREPLY=($(compgen -W "organisations neighbourhood: filter:tier= filter:kind= filter:jurisdiction= filter:tag=" -- "$cur"))
            compopt -o nospace 2>/dev/null
            return 0 ;;
        -o|--output|--report)
            COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null; return 0 ;;
        --name|--note|--date|--trials|--rng-seed|--threads|--horizon-hours|--png-scale|--seed-node|--sever|--aware|--start|--at|--vendor|--since|--scenario)
            return 0 ;;
    esac

    local options
    case ${words[1]} in
        import) options="-o --output --format --report --collapse-components --no-collapse-components --vendor" ;;
        export) options="-o --output --layout --page --actual-size --png-scale --overlay --flows --scale --view --format $scenario" ;;
        layout) options="--engine" ;;
        simulate) options="-o --output $scenario" ;;
        rank) options="--by --trials --rng-seed --threads -o --output" ;;
        info) options="--json" ;;
        obligations) options="--seed-node --aware --start --at -o --output" ;;
        snapshot) options="--name --note --date --trials --rng-seed --threads" ;;
        snapshots) options="--json" ;;
        diff) options="--json -o --output --no-metrics --trials --rng-seed --threads" ;;
        report) options="-o --output --json --since --no-since --scenario --page --lang --date --trials --rng-seed --threads" ;;
        *) return 0 ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options --help" -- "$cur"))
        return 0
    fi
    # Model files (and folders, for CSV tables and to walk into).
    local IFS=$'\n'
    shopt -s extglob
    COMPREPLY=($(compgen -d -- "$cur") $(compgen -f -X "!*.$models" -- "$cur"))
    compopt -o filenames 2>/dev/null
    return 0
}
complete -F _weaklink_cli weaklink-cli
