package io.gazette;

import io.gazette.nlp.CoreNlpNameRecognizer;
import io.gazette.nlp.NlpProperties;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Starts loading the trained name model as soon as the settings are known, when the command will analyse text
 * ({@code ingest}, {@code extract}) with it: the load (about 7 s) then overlaps the application's start (about 3 s)
 * instead of following it. Any other command, a help request, or {@code gazette.nlp.name-model=none} loads nothing.
 */
final class NameModelPreload implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Set<String> ANALYSING_COMMANDS = Set.of("ingest", "extract");
    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        // The default is NlpProperties' own, for the setting left unset.
        NlpProperties.NameModel model = Binder.get(event.getEnvironment()).bind("gazette.nlp.name-model", NlpProperties.NameModel.class)
            .orElseGet(() -> new NlpProperties(null, null).nameModel());
        if (model == NlpProperties.NameModel.CORENLP && analysesText(List.of(event.getArgs()))) {
            CoreNlpNameRecognizer.preload();
        }
    }

    /** Whether these command-line arguments run a command that analyses text (not its help). */
    static boolean analysesText(List<String> args) {
        return !args.isEmpty() && ANALYSING_COMMANDS.contains(args.get(0)) && args.stream().noneMatch(HELP::contains);
    }
}
