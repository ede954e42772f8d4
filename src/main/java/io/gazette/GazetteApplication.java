package io.gazette;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Gazette: Chinese newspaper archives into a DuckDB star schema. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GazetteApplication {

    public static void main(String[] args) {
        java.util.Optional<Integer> sized = SizedJvm.runSized(args);
        if (sized.isPresent()) {
            System.exit(sized.get());
        }
        SpringApplication application = new SpringApplication(GazetteApplication.class);
        application.addListeners(new NameModelPreload());
        System.exit(SpringApplication.exit(application.run(args)));
    }
}
