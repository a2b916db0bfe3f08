"""logging.config for pyjit: dictConfig (schema version 1: formatters, filters, handlers,
loggers, root, incremental, disable_existing_loggers; 'ext://' and 'cfg://' values, '()'
factories with '.' attributes), with CPython 3.13's error messages. fileConfig and listen
are not here (docs/stdlib/common.md).
"""

import logging
import re
import sys

__all__ = ['dictConfig', 'valid_ident', 'DictConfigurator', 'dictConfigClass']

_IDENT = re.compile(r'^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if not _IDENT.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(dotted):
    parts = dotted.split('.')
    head = parts.pop(0)
    obj = __import__(head)
    path = head
    for part in parts:
        path += '.' + part
        try:
            obj = getattr(obj, part)
        except AttributeError:
            __import__(path)
            obj = getattr(obj, part)
    return obj


_CFG_WORD = re.compile(r'^\s*(\w+)\s*')
_CFG_DOT = re.compile(r'^\.\s*(\w+)\s*')
_CFG_INDEX = re.compile(r'^\[\s*(\w+)\s*\]\s*')


class DictConfigurator(object):
    """Reads a configuration dictionary and builds the objects it describes."""

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}
    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        try:
            return _resolve(s)
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        rest = value
        m = _CFG_WORD.match(rest)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = rest[m.end():]
        found = self.config[m.group(1)]
        while rest:
            m = _CFG_DOT.match(rest) or _CFG_INDEX.match(rest)
            if m is None:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
            key = m.group(1)
            if rest.startswith('[') and key.isdigit() and not isinstance(found, dict):
                found = found[int(key)]
            else:
                try:
                    found = found[key]
                except (KeyError, TypeError):
                    found = found[int(key)]
            rest = rest[m.end():]
        return found

    def convert(self, value):
        if isinstance(value, str):
            prefix, sep, rest = value.partition('://')
            if sep and prefix in self.value_converters:
                return getattr(self, self.value_converters[prefix])(rest)
        return value

    def configure_custom(self, config):
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        attrs = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        made = factory(**kwargs)
        if attrs:
            for name, value in attrs.items():
                setattr(made, name, value)
        return made

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._configure_incremental(config)
            else:
                self._configure_all(config)

    def _configure_incremental(self, config):
        for name, hconf in config.get('handlers', {}).items():
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                level = hconf.get('level', None)
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        for name, lconf in config.get('loggers', {}).items():
            try:
                self.configure_logger(name, lconf, True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        rconf = config.get('root', None)
        if rconf:
            try:
                self.configure_root(rconf, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_all(self, config):
        disable_existing = bool(config.pop('disable_existing_loggers', True))
        logging._handlers.clear()
        logging.shutdown(list(logging._handlerList))
        del logging._handlerList[:]
        formatters = config.get('formatters', {})
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(formatters[name])
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        filters = config.get('filters', {})
        for name in filters:
            try:
                filters[name] = self.configure_filter(filters[name])  # made
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        handlers = config.get('handlers', {})
        for name in sorted(handlers):
            try:
                made = self.configure_handler(handlers[name])
                made.name = name
                handlers[name] = made
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        root = logging.root
        existing = sorted(root.manager.loggerDict.keys())
        below_configured = []
        for name, lconf in config.get('loggers', {}).items():
            if name in existing:
                below_configured.extend(other for other in existing
                                        if other.startswith(name + '.'))
                existing.remove(name)
            try:
                self.configure_logger(name, lconf)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        for name in existing:
            logger = root.manager.loggerDict[name]
            if name in below_configured:
                if isinstance(logger, logging.Logger):
                    logger.level = logging.NOTSET
                    logger.handlers = []
                    logger.propagate = True
            elif disable_existing and isinstance(logger, logging.Logger):
                logger.disabled = True
        rconf = config.get('root', None)
        if rconf:
            try:
                self.configure_root(rconf)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        if '()' in config:
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                config['fmt'] = config.pop('format')
                return self.configure_custom(config)
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        defaults = config.get('defaults', None)
        klass = logging.Formatter if not cname else _resolve(cname)
        if 'validate' in config:
            return klass(fmt, dfmt, style, config['validate'], defaults=defaults) \
                if defaults else klass(fmt, dfmt, style, config['validate'])
        if defaults:
            return klass(fmt, dfmt, style, defaults=defaults)
        return klass(fmt, dfmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, target, names):
        for name in names:
            try:
                flt = self.config['filters'][name] if isinstance(name, str) else name
                target.addFilter(flt)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % name) from e

    def configure_handler(self, config):
        config = dict(config)
        fmt_name = config.pop('formatter', None)
        formatter = None
        if fmt_name:
            try:
                formatter = self.config['formatters'][fmt_name]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % fmt_name) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            made = self.configure_custom(config)
        else:
            cname = config.pop('class')
            klass = self.resolve(cname) if isinstance(cname, str) else cname
            if 'target' in config and hasattr(klass, 'setTarget'):
                try:
                    config['target'] = self.config['handlers'][config['target']]
                except Exception as e:
                    raise ValueError('Unable to set target handler %r'
                                     % config['target']) from e
            kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
            made = klass(**kwargs)
        if formatter:
            made.setFormatter(formatter)
        if level is not None:
            made.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(made, filters)
        return made

    def add_handlers(self, logger, names):
        for name in names:
            try:
                logger.addHandler(self.config['handlers'][name])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % name) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))  # checked
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            if config.get('handlers', None):
                self.add_handlers(logger, config['handlers'])
            if config.get('filters', None):
                self.add_filters(logger, config['filters'])

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental=incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    dictConfigClass(config).configure()
